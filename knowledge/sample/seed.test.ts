import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCatalogue } from '../catalogue/open';
import { plainSteps } from './plain-steps';
import { loadSampleCatalogue, seedSampleCatalogueIfEmpty } from './seed';

describe('sample catalogue', () => {
  const procedures = loadSampleCatalogue();

  it('validates and covers the everyday commune fields', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(40);
    const fields = new Set(procedures.map((procedure) => procedure.field));
    for (const field of ['Hộ tịch', 'Chứng thực', 'Đăng ký, quản lý cư trú', 'Cấp, quản lý căn cước', 'Đất đai']) expect(fields).toContain(field);
    expect(procedures.every((procedure) => procedure.levels.includes('commune'))).toBe(true);
    expect(procedures.filter((procedure) => procedure.documents.length > 0).length).toBeGreaterThanOrEqual(38);
    expect(procedures.every((procedure) => !procedure.title.includes('\n'))).toBe(true);
  });

  it('steps are the project own short wording, in step with plain-steps.ts', () => {
    for (const procedure of procedures) {
      expect(procedure.steps, procedure.code).toEqual(plainSteps(procedure));
      expect(procedure.steps.every((step) => step.text.length <= 200), procedure.code).toBe(true);
    }
    expect(procedures.find((procedure) => procedure.code === '1.001193')?.steps.map((step) => step.text).join(' ')).toContain('60 ngày');
  });

  it('seeds an empty catalogue once', () => {
    const repository = openCatalogue(mkdtempSync(path.join(tmpdir(), 'seed-')));
    expect(seedSampleCatalogueIfEmpty(repository)).toBe(procedures.length);
    expect(seedSampleCatalogueIfEmpty(repository)).toBe(0);
    expect(repository.get('1.001193')?.title).toBe('Thủ tục đăng ký khai sinh');
    repository.close();
  });
});
