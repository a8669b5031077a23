import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../contracts/procedure';
import { readSources } from '../importers/index';
import { importBatch } from './import-into';
import { openCatalogue } from './open';

const record = (code: string, title: string, field = 'Hộ tịch'): Procedure => ({
  code,
  title,
  levels: ['commune'],
  field,
  issuingBody: 'Bộ Tư pháp',
  decisionNumber: '',
  agencies: { implementing: ['Ủy ban nhân dân cấp xã'], competent: [], coordinating: [], authorized: [], receivingAddress: '' },
  applicants: [],
  channels: [{ channel: 'direct', processingTime: { value: 3, unit: 'working_day', text: '3 ngày làm việc' }, fees: [], note: '' }],
  steps: [{ title: '', text: 'Nộp hồ sơ' }],
  documents: [{ name: 'Tờ khai', form: null, originals: 1, copies: null, caseName: null, required: null }],
  results: [],
  legalBasis: [],
  requirements: '',
  url: null,
  sources: [{ format: 'project-json', file: 'test', url: null, importedAt: new Date().toISOString(), updatedAt: null }],
  fieldSources: {},
  qualityFlags: [],
});

describe('SQLite catalogue', () => {
  it('upserts by code, keeps versions and reports changed fields', () => {
    const repository = openCatalogue(mkdtempSync(path.join(tmpdir(), 'catalogue-')));
    expect(repository.upsertMany([record('1.000001', 'Đăng ký khai sinh')])).toMatchObject({ added: ['1.000001'] });
    const revision = repository.revision();
    expect(repository.upsertMany([record('1.000001', 'Đăng ký khai sinh')])).toMatchObject({ added: [], changed: [], unchanged: 1 });
    expect(repository.revision()).toBe(revision);
    const report = repository.upsertMany([record('1.000001', 'Đăng ký khai sinh', 'Hộ tịch mới')]);
    expect(report.changed).toEqual([{ code: '1.000001', fields: ['field'] }]);
    expect(repository.history('1.000001').map((version) => version.procedure.field)).toEqual(['Hộ tịch', 'Hộ tịch mới']);
    expect(repository.revision()).toBeGreaterThan(revision);
    repository.close();
  });

  it('re-import is idempotent and a bad file loses nothing stored', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'reimport-'));
    const file = path.join(folder, 'catalogue.json');
    writeFileSync(file, JSON.stringify({ procedures: [record('1.000001', 'Đăng ký khai sinh'), record('1.000002', 'Đăng ký kết hôn')] }));
    const repository = openCatalogue(path.join(folder, 'data'));
    const first = importBatch(repository, await readSources([file]));
    expect(first.added).toHaveLength(2);
    const second = importBatch(repository, await readSources([file]));
    expect(second).toMatchObject({ added: [], changed: [] });
    writeFileSync(path.join(folder, 'broken.json'), '{"procedures": [');
    const broken = await readSources([path.join(folder, 'broken.json')]);
    expect(broken.procedures).toHaveLength(0);
    expect(repository.count()).toBe(2);
    repository.close();
  });
});
