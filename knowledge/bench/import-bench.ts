// npm run bench:import — imports every official source in ../shared into a fresh DATA_DIR and prints the time
// of each phase, the peak memory and the counts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCatalogue } from '../catalogue/open';
import { importBatch } from '../catalogue/import-into';
import { readSources } from '../importers/index';

const shared = process.argv[2] ?? '../shared/data';
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

const started = performance.now();
const batch = await readSources([path.join(shared, 'procedures'), path.join(shared, 'communes')]);
const read = performance.now();
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
const repository = openCatalogue(dataDir);
const report = importBatch(repository, batch);
const stored = performance.now();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const rows: [string, string][] = [
  ['read + parse + merge by code', `${((read - started) / 1000).toFixed(1)} s`],
  ['merge with stored + quality', `${(report.timings.mergeMs / 1000).toFixed(1)} s`],
  ['store (SQLite transaction)', `${(report.timings.storeMs / 1000).toFixed(1)} s`],
  ['total (target ≤ 60 s)', `${((stored - started) / 1000).toFixed(1)} s`],
  ['peak RSS', `${(peakRss / 1024 / 1024).toFixed(0)} MiB`],
  ['procedures stored', String(repository.count())],
  ['commune level', String(repository.all().filter((procedure) => procedure.levels.includes('commune')).length)],
  ['records by format', Object.entries(batch.countsByFormat).map(([format, count]) => `${format} ${count}`).join(', ')],
  ['files skipped', String(batch.files.filter((file) => file.error).length)],
  ['site profiles', report.siteProfiles.join(', ')],
];
repository.close();
// The temporary database is ~60 MB; do not leave one behind per run.
rmSync(dataDir, { recursive: true, force: true });
const width = Math.max(...rows.map(([label]) => label.length));
console.log('| measure'.padEnd(width + 2) + ' | value |');
console.log(`|${'-'.repeat(width + 2)}|-------|`);
for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
