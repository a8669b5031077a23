import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSources } from './index';

const fixture = fileURLToPath(new URL('__fixtures__/national-workbook.xlsx', import.meta.url));

describe('national-database workbook', () => {
  it('joins the six sheets by procedure code', async () => {
    const batch = await readSources([fixture]);
    expect(batch.countsByFormat).toEqual({ 'national-workbook': 2 });
    const birth = batch.procedures.find((procedure) => procedure.code === '1.001193')!;
    expect(birth).toMatchObject({ title: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch', levels: ['commune'], decisionNumber: '163/QĐ-BTP', results: ['Giấy khai sinh'] });
    expect(birth.channels.map((channel) => [channel.channel, channel.processingTime?.unit, channel.fees[0]?.kind])).toEqual([
      ['direct', 'same_day', 'free'],
      ['online', 'same_day', 'free'],
    ]);
    expect(birth.documents).toEqual([
      { name: 'Tờ khai đăng ký khai sinh', form: 'Mẫu tờ khai đăng ký khai sinh.docx', originals: 1, copies: 0, caseName: null, required: null },
      { name: 'Giấy chứng sinh', form: null, originals: 1, copies: 0, caseName: null, required: null },
    ]);
    expect(birth.steps).toHaveLength(2);
    expect(birth.legalBasis[0]).toMatchObject({ number: '60/2014/QH13', title: 'Luật Hộ tịch' });
    const copy = batch.procedures.find((procedure) => procedure.code === '2.000815')!;
    expect(copy.channels[0]!.fees[0]).toMatchObject({ kind: 'amount', amountVnd: 2000 });
    expect(copy.requirements).toBe('Bản chính phải còn nguyên vẹn');
  });

  it('reads the portal list export as metadata-only records', async () => {
    const { existsSync } = await import('node:fs');
    const list = fileURLToPath(new URL('../../../shared/data/procedures/portal-lists/danh-sach-tthc-BoTuPhap.xlsx', import.meta.url));
    if (!existsSync(list)) return;
    const batch = await readSources([list]);
    expect(batch.procedures.length).toBeGreaterThan(200);
    expect(batch.procedures.every((procedure) => procedure.qualityFlags.includes('metadata_only'))).toBe(true);
    expect(batch.procedures.find((procedure) => procedure.code === '3.000323')?.levels).toContain('commune');
  });
});
