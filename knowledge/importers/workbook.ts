import { procedureCodePattern } from '../../contracts/procedure';
// Excel sources: the portal's 'Danh sách TTHC' list export (metadata only) and the official national-database
// workbook a commune exports (sheets 'TTHC2-CAPXA', 'Cách thức thực hiện', 'Trình tự thực hiện', 'TPHS', 'KQTH',
// 'CCPL'). Headers are found by meaning (folded text), not by position, since exports move columns around.
import ExcelJS from 'exceljs';
import type { Channel, ChannelKind, Procedure } from '../../contracts/procedure';
import { normalizeText } from '../text/normalize';
import { foldForParsing as fold, parseCopies, parseFee, parseProcessingTime } from './parse-values';
import { parseLevels } from './portal-crawl';
import { cleanText, portalUrl, splitAgencies, uniqueNonEmpty } from './text-cleanup';

type Row = Record<string, string>;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return '';
}

const isCodeHeader = (text: string): boolean => /^(ma so|ma tthc|ma thu tuc|ma thu tuc hanh chinh)$/u.test(fold(text).trim());

/** Rows of a sheet as objects keyed by folded header text; the header is the first row with a code column. */
export function sheetRows(sheet: ExcelJS.Worksheet): Row[] {
  let headers: string[] | null = null;
  const rows: Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column] = cellText(cell.value).trim();
    });
    if (!headers) {
      if (cells.some((cell) => cell && isCodeHeader(cell))) headers = cells.map((cell) => fold(cell ?? '').trim());
      return;
    }
    const record: Row = {};
    headers.forEach((header, column) => {
      if (header) record[header] = cells[column] ?? '';
    });
    rows.push(record);
  });
  return rows;
}

/** The value of the first header that contains every word of one of the keys. */
function pick(row: Row, ...keys: string[]): string {
  for (const key of keys) {
    const words = key.split(' ');
    const header = Object.keys(row).find((candidate) => words.every((word) => candidate.split(/\s+/u).includes(word)));
    if (header && row[header]) return row[header]!;
  }
  return '';
}

const codeOf = (row: Row): string => pick(row, 'ma so', 'ma tthc', 'ma thu tuc').trim();

export type WorkbookKind = 'portal-list' | 'national-workbook';

export async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

export function workbookKind(workbook: ExcelJS.Workbook): WorkbookKind {
  const names = workbook.worksheets.map((sheet) => fold(sheet.name));
  return names.some((name) => name.includes('tthc2') || name === 'tphs' || name === 'ccpl') ? 'national-workbook' : 'portal-list';
}

function baseRecord(code: string, title: string, file: string, importedAt: string, format: 'portal-list' | 'national-workbook'): Procedure {
  return {
    code,
    title,
    levels: [],
    field: '',
    issuingBody: '',
    decisionNumber: '',
    agencies: { implementing: [], competent: [], coordinating: [], authorized: [], receivingAddress: '' },
    applicants: [],
    channels: [],
    steps: [],
    documents: [],
    results: [],
    legalBasis: [],
    requirements: '',
    url: portalUrl(code),
    sources: [{ format, file, url: portalUrl(code), importedAt, updatedAt: null }],
    fieldSources: {},
    qualityFlags: format === 'portal-list' ? ['metadata_only'] : [],
  };
}

/** The list export: code, title, issuing body, implementing agencies, field. Levels inferred from the agencies. */
export function mapPortalList(workbook: ExcelJS.Workbook, file: string, importedAt: string): Procedure[] {
  const procedures: Procedure[] = [];
  for (const sheet of workbook.worksheets) {
    for (const row of sheetRows(sheet)) {
      const code = codeOf(row);
      const title = normalizeText((pick(row, 'ten')).replace(/\s+/gu, ' '));
      if (!procedureCodePattern.test(code) || !title) continue;
      const record = baseRecord(code, title, file, importedAt, 'portal-list');
      const agencies = splitAgencies(pick(row, 'co quan thuc hien'));
      record.agencies.implementing = uniqueNonEmpty(agencies);
      record.issuingBody = cleanText(pick(row, 'co quan ban hanh'));
      record.field = cleanText(pick(row, 'linh vuc'));
      record.levels = parseLevels(agencies.map((agency) => agencyLevel(agency)).join(', '));
      procedures.push(record);
    }
  }
  return procedures;
}

function agencyLevel(agency: string): string {
  const folded = fold(agency);
  if (/cap xa|xa, phuong|phuong, xa|uy ban nhan dan xa|cong an xa/u.test(folded)) return 'Cấp xã';
  if (/cap tinh|so |tinh|thanh pho truc thuoc/u.test(folded)) return 'Cấp tỉnh';
  if (/^bo |bo truong|tong cuc|cuc /u.test(folded)) return 'Cấp bộ';
  return '';
}

const channelOf = (text: string): ChannelKind | null => {
  const folded = fold(text);
  if (folded.includes('truc tiep')) return 'direct';
  if (folded.includes('truc tuyen')) return 'online';
  if (folded.includes('buu chinh')) return 'postal';
  return null;
};

/** The national-database workbook: one main sheet plus detail sheets joined by procedure code. */
export function mapNationalWorkbook(workbook: ExcelJS.Workbook, file: string, importedAt: string): Procedure[] {
  const sheet = (pattern: RegExp) => workbook.worksheets.find((candidate) => pattern.test(fold(candidate.name)));
  const main = sheet(/tthc2|cap ?xa/u) ?? workbook.worksheets[0];
  if (!main) return [];
  const byCode = new Map<string, Procedure>();
  for (const row of sheetRows(main)) {
    const code = codeOf(row);
    const title = normalizeText((pick(row, 'ten thu tuc', 'ten tthc', 'ten')).replace(/\s+/gu, ' '));
    if (!procedureCodePattern.test(code) || !title) continue;
    const record = baseRecord(code, title, file, importedAt, 'national-workbook');
    record.field = cleanText(pick(row, 'linh vuc'));
    record.levels = parseLevels(pick(row, 'cap thuc hien') || 'Cấp xã');
    record.decisionNumber = cleanText(pick(row, 'so quyet dinh', 'quyet dinh cong bo'));
    record.agencies.implementing = uniqueNonEmpty(splitAgencies(pick(row, 'co quan thuc hien')));
    record.applicants = uniqueNonEmpty(cleanText(pick(row, 'doi tuong thuc hien')).split(/\s*[,;]\s*/u));
    record.requirements = cleanText(pick(row, 'yeu cau dieu kien', 'yeu cau'));
    byCode.set(code, record);
  }
  const each = (pattern: RegExp, apply: (record: Procedure, row: Row) => void) => {
    const detail = sheet(pattern);
    if (!detail) return;
    for (const row of sheetRows(detail)) {
      const record = byCode.get(codeOf(row));
      if (record) apply(record, row);
    }
  };
  each(/cach thuc/u, (record, row) => {
    const channel = channelOf(pick(row, 'hinh thuc nop', 'cach thuc'));
    if (!channel) return;
    const fee = cleanText(pick(row, 'phi le phi', 'le phi', 'phi'));
    const item: Channel = {
      channel,
      processingTime: parseProcessingTime(pick(row, 'thoi han giai quyet', 'thoi han', 'thoi gian')),
      fees: fee ? [parseFee(fee, null, 'Phí, lệ phí')] : [],
      note: cleanText(pick(row, 'mo ta', 'ghi chu')),
    };
    record.channels.push(item);
  });
  each(/trinh tu/u, (record, row) => {
    const text = cleanText(pick(row, 'mo ta', 'noi dung', 'trinh tu'));
    if (text) record.steps.push({ title: cleanText(pick(row, 'ten buoc', 'buoc')), text });
  });
  each(/^tphs|thanh phan/u, (record, row) => {
    const name = cleanText(pick(row, 'ten giay to', 'ten thanh phan', 'ten'));
    if (!name) return;
    const counted = parseCopies(pick(row, 'so luong'));
    const originals = Number.parseInt(pick(row, 'ban chinh'), 10);
    const copies = Number.parseInt(pick(row, 'ban sao'), 10);
    record.documents.push({
      name,
      form: cleanText(pick(row, 'mau don', 'to khai', 'bieu mau')) || null,
      originals: Number.isFinite(originals) ? originals : counted.originals,
      copies: Number.isFinite(copies) ? copies : counted.copies,
      caseName: cleanText(pick(row, 'truong hop')) || null,
      required: null,
    });
  });
  each(/kqth|ket qua/u, (record, row) => {
    const result = cleanText(pick(row, 'ten ket qua', 'ket qua', 'ten'));
    if (result) record.results.push(result);
  });
  each(/ccpl|can cu/u, (record, row) => {
    const title = cleanText(pick(row, 'trich yeu', 'ten van ban', 'ten'));
    const number = cleanText(pick(row, 'so ky hieu', 'so hieu', 'ma van ban'));
    if (title || number) record.legalBasis.push({ number: number || null, title: title || number, issuedOn: cleanText(pick(row, 'ngay ban hanh')) || null, effectiveOn: null });
  });
  return [...byCode.values()];
}
