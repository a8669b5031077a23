// Medium test: the index persisted in a real DATA_DIR with a real SQLite catalogue.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCatalogue } from '../catalogue/open';
import { loadSampleCatalogue, seedSampleCatalogueIfEmpty } from '../sample/seed';
import { openSearchEngine } from './index';

const questions = ['lam giay khai sinh cho con', 'đăng kí thường chú cho vợ', 'giá vàng hôm nay', 'xin giấy xác nhận độc thân'];

describe('persisted lexical index', () => {
  it('is saved on the first start, loaded on the next, and ranks exactly as a fresh build', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'index-store-'));
    const repository = openCatalogue(dataDir);
    seedSampleCatalogueIfEmpty(repository);
    const messages: string[] = [];
    const built = openSearchEngine(repository, dataDir, (message) => messages.push(message));
    const loaded = openSearchEngine(repository, dataDir, (message) => messages.push(message));
    expect(messages[0]).toMatch(/built/u);
    expect(messages[1]).toMatch(/loaded/u);
    for (const question of questions) expect(loaded.search(question)).toEqual(built.search(question));
  });

  it('is rebuilt when the catalogue changes or the file is damaged', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'index-store-'));
    const repository = openCatalogue(dataDir);
    seedSampleCatalogueIfEmpty(repository);
    const messages: string[] = [];
    openSearchEngine(repository, dataDir, (message) => messages.push(message));
    const [first] = loadSampleCatalogue();
    repository.upsertMany([{ ...first!, title: `${first!.title} (sửa)` }]);
    openSearchEngine(repository, dataDir, (message) => messages.push(message));
    writeFileSync(path.join(dataDir, 'lexical-index.bin'), 'not an index');
    const engine = openSearchEngine(repository, dataDir, (message) => messages.push(message));
    expect(messages.map((message) => message.split(' ')[2])).toEqual(['built', 'built', 'built']);
    expect(engine.search('đăng ký khai sinh').results.length).toBeGreaterThan(0);
  });
});
