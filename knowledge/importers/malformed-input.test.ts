// Hostile and broken files: each gets a clear error naming it, nothing crashes, good files still import.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSources } from './index';

const good = {
  code: '1.000001',
  name: 'Thủ tục thử',
  detail: { code: '1.000001', name: 'Thủ tục thử nghiệm đăng ký', isWard: true, executionMethods: [{ submissionMethod: 'DIRECT', processingTime: 3, processingTimeUnit: 'WORKING_DAY', fees: [] }] },
};

async function writeFixtures(folder: string): Promise<Record<string, string>> {
  const file = (name: string) => path.join(folder, name);
  const goodLine = JSON.stringify(good);
  writeFileSync(file('good.jsonl'), `${goodLine}\n${goodLine.replace(/1\.000001/gu, '1.000002')}\n`);
  writeFileSync(file('truncated.json'), goodLine.slice(0, goodLine.length / 2));
  writeFileSync(file('truncated.jsonl.gz'), gzipSync(Buffer.from(`${goodLine}\n`)).subarray(0, 20));
  writeFileSync(file('latin1.json'), Buffer.from(JSON.stringify({ ma_thu_tuc: '1.000003', ten_thu_tuc: 'Đăng ký khai sinh' }), 'latin1'));
  writeFileSync(file('utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ ma_thu_tuc: '1.000004', ten_thu_tuc: 'Đăng ký kết hôn' }), 'utf16le')]));
  writeFileSync(file('empty.json'), '');
  writeFileSync(file('random.bin'), Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)));
  writeFileSync(file('huge-field.json'), JSON.stringify({ ma_thu_tuc: '1.000005', ten_thu_tuc: 'Tên rất dài', trinh_tu_thuc_hien: 'x'.repeat(10 * 1024 * 1024) }));
  writeFileSync(file('wrong-shape.json'), JSON.stringify({ hello: 'world' }));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Danh sách TTHC');
  await workbook.xlsx.writeFile(file('empty-sheet.xlsx'));
  writeFileSync(file('broken.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 1)]));
  return { folder };
}

describe('malformed inputs', () => {
  it('skips every bad file with a clear message and imports the good ones', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'malformed-'));
    await writeFixtures(folder);
    const batch = await readSources([folder, path.join(folder, 'missing.json')]);
    const errors = Object.fromEntries(batch.files.filter((file) => file.error).map((file) => [path.basename(file.file), file.error!]));
    expect(batch.procedures.map((procedure) => procedure.code).sort()).toEqual(['1.000001', '1.000002', '1.000004', '1.000005']);
    expect(errors['truncated.json']).toMatch(/malformed JSON/u);
    expect(errors['truncated.jsonl.gz']).toMatch(/gzip/u);
    expect(errors['latin1.json']).toMatch(/UTF-8/u);
    expect(errors['empty.json']).toMatch(/empty/u);
    expect(errors['random.bin']).toBeDefined();
    expect(errors['wrong-shape.json']).toMatch(/unknown record shape/u);
    expect(errors['empty-sheet.xlsx']).toMatch(/no procedure rows/u);
    expect(errors['broken.xlsx']).toMatch(/Excel/u);
    expect(errors['missing.json']).toMatch(/no such file/u);
    const huge = batch.procedures.find((procedure) => procedure.code === '1.000005')!;
    expect(huge.steps[0]!.text.length).toBe(10 * 1024 * 1024);
  });
});
