import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../contracts/procedure';
import { readSources } from '../importers/index';
import { importBatch } from './import-into';
import { openCatalogue } from './open';

const base = (code: string): Procedure => ({
  code,
  title: 'Đăng ký khai sinh',
  levels: ['commune'],
  field: 'Hộ tịch',
  issuingBody: 'Bộ Tư pháp',
  decisionNumber: '',
  agencies: { implementing: ['Ủy ban nhân dân cấp xã'], competent: [], coordinating: [], authorized: [], receivingAddress: '' },
  applicants: [],
  channels: [],
  steps: [],
  documents: [],
  results: [],
  legalBasis: [],
  requirements: '',
  url: null,
  sources: [{ format: 'project-json', file: 'a.json', url: null, importedAt: '2026-01-01T00:00:00.000Z', updatedAt: null }],
  fieldSources: {},
  qualityFlags: [],
});

/** Import dates differ per run; everything else must match. */
const withoutDates = (procedures: Procedure[]) => procedures.map((procedure) => ({ ...procedure, sources: procedure.sources.map((source) => ({ ...source, importedAt: '' })) }));

describe('importBatch', () => {
  it('gives the same catalogue whether sources come one at a time or all at once, and reports codes absent from a re-import', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'import-order-'));
    const first = path.join(folder, 'a.json');
    const second = path.join(folder, 'b.json');
    writeFileSync(first, JSON.stringify({ procedures: [{ ...base('1.000001'), steps: [{ title: '', text: 'Nộp tờ khai' }] }, base('1.000002')] }));
    writeFileSync(second, JSON.stringify({ procedures: [{ ...base('1.000001'), documents: [{ name: 'Tờ khai', form: null, originals: 1, copies: null, caseName: null, required: null }] }] }));

    const oneByOne = openCatalogue(path.join(folder, 'one-by-one'));
    importBatch(oneByOne, await readSources([first]));
    const later = importBatch(oneByOne, await readSources([second]));
    const atOnce = openCatalogue(path.join(folder, 'at-once'));
    importBatch(atOnce, await readSources([first, second]));

    expect(withoutDates(oneByOne.all())).toEqual(withoutDates(atOnce.all()));
    const merged = oneByOne.get('1.000001');
    expect(merged?.steps).toHaveLength(1);
    expect(merged?.documents).toHaveLength(1);
    expect(later.changed.map((change) => change.code)).toEqual(['1.000001']);
    expect(later.notInSource).toEqual(['1.000002']);
    expect(oneByOne.count()).toBe(2);
    oneByOne.close();
    atOnce.close();
  });
});
