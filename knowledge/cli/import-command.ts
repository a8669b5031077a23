// kb import <file-or-folder>...: imports every supported file, prints per-format counts, warnings and the
// change report. Exit 0 unless nothing could be imported. Bad files are named and skipped; stored data is kept.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openCatalogue } from '../catalogue/open';
import { importBatch } from '../catalogue/import-into';
import { qualityReport, readSources } from '../importers/index';
import { cliConfig } from './cli-config';

const shownWarnings = 20;

export async function run(args: string[]): Promise<number> {
  const paths = args.filter((arg) => !arg.startsWith('--'));
  if (paths.length === 0) {
    process.stderr.write('usage: kb import <file-or-folder>...\n');
    return 2;
  }
  const config = cliConfig();
  const started = Date.now();
  const batch = await readSources(paths);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  for (const file of batch.files.filter((item) => item.error)) out(`SKIPPED ${file.file}: ${file.error}`);
  for (const warning of batch.warnings.slice(0, shownWarnings)) out(`WARNING ${warning.file}: ${warning.message}`);
  if (batch.warnings.length > shownWarnings) out(`... ${batch.warnings.length - shownWarnings} more warnings`);
  const imported = batch.procedures.length + batch.siteProfiles.length;
  if (imported === 0) {
    out('Nothing could be imported / Không nhập được dữ liệu nào.');
    return 1;
  }
  const repository = openCatalogue(config.DATA_DIR);
  try {
    const report = importBatch(repository, batch);
    const all = repository.all();
    const quality = qualityReport(all);
    writeFileSync(path.join(config.DATA_DIR, 'quality-report.json'), `${JSON.stringify(quality, null, 2)}\n`);
    out('Records read by format / Số bản ghi theo định dạng:');
    for (const [format, count] of Object.entries(batch.countsByFormat)) out(`  ${format.padEnd(18)} ${count}`);
    out(`Files: ${batch.files.length} read, ${batch.files.filter((item) => item.error).length} skipped`);
    out(`Procedures in this import: ${batch.procedures.length} (merged by code)`);
    out(`Added ${report.added.length}, changed ${report.changed.length}, unchanged ${report.unchanged}, stored total ${all.length}`);
    for (const change of report.changed.slice(0, 10)) out(`  changed ${change.code}: ${change.fields.join(', ')}`);
    if (report.notInSource.length > 0) out(`Stored but absent from this import (kept): ${report.notInSource.length}`);
    if (report.siteProfiles.length > 0) out(`Site profiles: ${report.siteProfiles.join(', ')}`);
    out(`Quality: ${quality.flagged} flagged (${Object.entries(quality.byFlag).map(([flag, count]) => `${flag} ${count}`).join(', ')}); see ${path.join(config.DATA_DIR, 'quality-report.json')}`);
    out(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    repository.close();
  }
  return 0;
}
