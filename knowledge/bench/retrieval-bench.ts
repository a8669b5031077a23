// npm run bench:retrieval — index build time, search latency and peak memory on the real catalogue (DATA_DIR or
// ../shared imported on the fly) and on a synthetic 50,000-procedure catalogue made from it.
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Procedure } from '../../contracts/procedure';
import { openCatalogue } from '../catalogue/open';
import { importBatch } from '../catalogue/import-into';
import { readSources } from '../importers/index';
import { createSearchEngine } from '../retrieval/index';
import { loadLexicalIndex, saveLexicalIndex } from '../retrieval/index-store';

const questions = [
  'lam giay khai sinh cho con', 'Thủ tục đăng ký kết hôn cần giấy tờ gì', 'đăng kí thường chú cho vợ', 'làm lại cccd bị mất',
  'xin giấy xác nhận độc thân', 'sao y bằng tốt nghiệp ở phường', 'mở quán tạp hóa đăng ký gì', 'giấy phép xây dựng nhà ở riêng lẻ',
  'hòa giải tranh chấp đất đai', 'đăng ký nghĩa vụ quân sự lần đầu', 'giá vàng hôm nay', 'hưởng chế độ ốm đau bảo hiểm xã hội',
  'Công dân Việt Nam được thôi quốc tịch Việt Nam trong trường hợp nào?', 'thu tuc cap doi giay phep lai xe', 'sang tên sổ đỏ cho con',
  'đăng ký tạm trú cho sinh viên thuê trọ', 'cấp lại giấy chứng nhận đăng ký hộ kinh doanh', 'chứng thực di chúc', 'trợ cấp người khuyết tật', 'khai tử cho bố',
];

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

async function realCatalogue(): Promise<Procedure[]> {
  const dataDir = process.env.DATA_DIR;
  if (dataDir && existsSync(path.join(dataDir, 'catalogue.db'))) {
    const repository = openCatalogue(dataDir);
    const all = repository.all();
    repository.close();
    if (all.length > 1000) return all;
  }
  const repository = openCatalogue(mkdtempSync(path.join(tmpdir(), 'bench-retrieval-')));
  importBatch(repository, await readSources(['../shared/data/procedures']));
  const all = repository.all();
  repository.close();
  return all;
}

/** Synthetic catalogue: real records cloned with new codes and shuffled title words, so vocabulary and postings grow. */
function synthetic(base: Procedure[], size: number): Procedure[] {
  const out: Procedure[] = [];
  for (let index = 0; out.length < size; index += 1) {
    const source = base[index % base.length]!;
    const round = Math.floor(index / base.length);
    const words = source.title.split(' ');
    if (round > 0) words.push(base[(index * 7 + round) % base.length]!.field, `biến thể ${round}`);
    out.push({ ...source, code: `9.${String(index).padStart(6, '0')}`, title: words.join(' ') });
  }
  return out;
}

function measure(label: string, procedures: Procedure[]) {
  const started = performance.now();
  const engine = createSearchEngine(procedures);
  const buildSeconds = (performance.now() - started) / 1000;
  const times: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const question of questions) {
      const begin = performance.now();
      engine.search(question, { top: 10 });
      times.push(performance.now() - begin);
    }
  }
  // The sampler cannot run during the synchronous build; read memory while the engine is alive.
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  times.sort((a, b) => a - b);
  const at = (fraction: number) => times[Math.min(times.length - 1, Math.ceil(fraction * times.length) - 1)]!;
  return { label, documents: procedures.length, buildSeconds, p50: at(0.5), p95: at(0.95), searches: times.length, engine };
}

/** A restart loads the index persisted in DATA_DIR instead of rebuilding it. */
function persistence(engine: ReturnType<typeof createSearchEngine>) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-index-')), 'lexical-index.bin');
  let started = performance.now();
  saveLexicalIndex(engine.index, file, 1);
  const saveSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const loaded = loadLexicalIndex(file, 1);
  const loadSeconds = (performance.now() - started) / 1000;
  if (!loaded || loaded.postings.size !== engine.index.postings.size) throw new Error('the persisted index did not load back');
  return { saveSeconds, loadSeconds, megabytes: statSync(file).size / 1024 / 1024 };
}

const base = await realCatalogue();
// Each engine is let go when its row is measured, so peak memory is that of one engine at a time.
function row(label: string, procedures: Procedure[], persisted = false) {
  const { engine, ...figures } = measure(label, procedures);
  return { figures, stored: persisted ? persistence(engine) : null };
}
const real = row('real catalogue', base, true);
const stored = real.stored!;
const rows = [real.figures, row('synthetic 50,000', synthetic(base, 50_000)).figures];
clearInterval(sampler);
console.log('| catalogue | procedures | index build s (≤ 30) | search p50 ms (≤ 5) | search p95 ms (≤ 20; 50k ≤ 50) | searches |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.label} | ${row.documents} | ${row.buildSeconds.toFixed(1)} | ${row.p50.toFixed(2)} | ${row.p95.toFixed(2)} | ${row.searches} |`);
console.log(`persisted index (real catalogue): save ${stored.saveSeconds.toFixed(1)} s, load ${stored.loadSeconds.toFixed(1)} s, ${stored.megabytes.toFixed(0)} MiB on disk`);
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
