// Medium test on the real records in ../shared (skipped when the folder is absent): all sources merge into one
// catalogue, and processing time and fee are recovered for >= 95% of the records whose source states them.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSources, type ImportBatch } from './index';

const shared = fileURLToPath(new URL('../../../shared/data', import.meta.url));
const available = existsSync(`${shared}/procedures/portal-api/procedures.jsonl.gz`);

interface ApiMethod {
  processingTime?: unknown;
  description?: string;
  fees?: unknown[];
}

describe.skipIf(!available)('real catalogue in ../shared (medium)', () => {
  let batch: ImportBatch;
  beforeAll(async () => {
    batch = await readSources([`${shared}/procedures`, `${shared}/communes/nui-cam-an-giang.json`]);
  }, 180_000);

  it('merges the three sources into one record per code', () => {
    // 5,770 distinct codes in the files, one of them written with a leading space: 5,769 after trimming.
    expect(batch.procedures.length).toBeGreaterThanOrEqual(5_769);
    expect(batch.procedures.filter((procedure) => procedure.levels.includes('commune')).length).toBeGreaterThanOrEqual(1_120);
    expect(batch.files.filter((file) => file.error)).toEqual([]);
    expect(batch.siteProfiles.map((profile) => profile.id)).toEqual(['nui-cam-an-giang']);
    expect(batch.siteProfiles[0]!.fields.flatMap((field) => field.codes).length).toBeGreaterThanOrEqual(370);
    const merged = batch.procedures.find((procedure) => procedure.sources.length >= 2)!;
    expect(Object.keys(merged.fieldSources).length).toBeGreaterThan(5);
  });

  it('recovers processing time and fee for >= 95% of the API records that state them', () => {
    const byCode = new Map(batch.procedures.map((procedure) => [procedure.code, procedure]));
    const lines = gunzipSync(readFileSync(`${shared}/procedures/portal-api/procedures.jsonl.gz`)).toString('utf8').trim().split('\n');
    let timeStated = 0;
    let timeRecovered = 0;
    let feeStated = 0;
    let feeRecovered = 0;
    for (const line of lines) {
      const record = JSON.parse(line) as { code?: string; detail?: { code?: string; executionMethods?: ApiMethod[] } };
      const procedure = byCode.get((record.detail?.code ?? record.code ?? '').trim());
      if (!procedure) continue;
      const methods = record.detail?.executionMethods ?? [];
      if (methods.some((method) => method.processingTime || method.description)) {
        timeStated += 1;
        if (procedure.channels.some((channel) => channel.processingTime && (channel.processingTime.value !== null || channel.processingTime.unit === 'same_day'))) timeRecovered += 1;
      }
      if (methods.some((method) => (method.fees ?? []).length > 0)) {
        feeStated += 1;
        if (procedure.channels.some((channel) => channel.fees.some((fee) => fee.kind !== 'unknown'))) feeRecovered += 1;
      }
    }
    console.log(`time recovered ${timeRecovered}/${timeStated}, fee recovered ${feeRecovered}/${feeStated}`);
    expect(timeRecovered / timeStated).toBeGreaterThanOrEqual(0.95);
    expect(feeRecovered / feeStated).toBeGreaterThanOrEqual(0.95);
  });

  it('flags suspicious records without dropping them', () => {
    const flagged = batch.procedures.filter((procedure) => procedure.qualityFlags.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    expect(batch.procedures.some((procedure) => procedure.qualityFlags.includes('duplicate_title'))).toBe(true);
    expect(batch.procedures.some((procedure) => procedure.qualityFlags.includes('suspicious_title'))).toBe(true);
  });
});
