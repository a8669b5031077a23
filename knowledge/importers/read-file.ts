// Reads one source file and recognises its format from the content: gzip and zip magic bytes, text encoding,
// JSON or JSON Lines, and the shape of the records. Never throws: a bad file becomes an error value.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Procedure, SiteProfile, SourceFormat } from '../../contracts/procedure';
import { procedureSchema } from '../../contracts/procedure';
import { looksLikeCommuneList, communeListSchema, mapCommuneList } from './site-profile';
import { looksLikePortalApi, mapPortalApi, portalApiLineSchema } from './portal-api';
import { looksLikePortalCrawl, mapPortalCrawl, portalCrawlSchema } from './portal-crawl';
import { looksLikePortalDoc, mapPortalDoc, portalDocSchema } from './portal-doc';
import { mapNationalWorkbook, mapPortalList, readWorkbook, workbookKind } from './workbook';

export type FileFormat = SourceFormat | 'site-profile';

export interface FileResult {
  format: FileFormat | null;
  procedures: Procedure[];
  siteProfiles: SiteProfile[];
  warnings: string[];
  error?: string;
}

/** Files above this size are refused: no official export comes near it, and reading one could exhaust memory. */
export const maxFileBytes = 512 * 1024 * 1024;

const fail = (error: string): FileResult => ({ format: null, procedures: [], siteProfiles: [], warnings: [], error });

export async function readSourceFile(file: string, importedAt: string): Promise<FileResult> {
  let buffer: Buffer;
  try {
    const info = await stat(file);
    if (info.size > maxFileBytes) return fail(`file too large (${info.size} bytes) / tệp quá lớn`);
    buffer = await readFile(file);
  } catch (error) {
    return fail(`cannot read file / không đọc được tệp: ${(error as Error).message}`);
  }
  if (buffer.length === 0) return fail('empty file / tệp rỗng');
  if (buffer[0] === 0x1f && buffer[1] === 0x8b) {
    try {
      buffer = gunzipSync(buffer);
    } catch (error) {
      return fail(`broken gzip data / dữ liệu gzip bị hỏng: ${(error as Error).message}`);
    }
  }
  if (buffer[0] === 0x50 && buffer[1] === 0x4b) return readWorkbookFile(buffer, file, importedAt);
  const text = decodeText(buffer);
  if (text === null) return fail('not UTF-8 text (wrong encoding?) / không phải văn bản UTF-8 (sai bảng mã?)');
  return readJsonText(text, file, importedAt);
}

function decodeText(buffer: Buffer): string | null {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return null;
  }
}

async function readWorkbookFile(buffer: Buffer, file: string, importedAt: string): Promise<FileResult> {
  try {
    const workbook = await readWorkbook(buffer);
    const kind = workbookKind(workbook);
    const procedures = kind === 'national-workbook' ? mapNationalWorkbook(workbook, file, importedAt) : mapPortalList(workbook, file, importedAt);
    if (procedures.length === 0) return { ...fail('workbook has no procedure rows (empty sheet or unknown header) / bảng tính không có dòng thủ tục nào'), format: kind };
    return { format: kind, procedures, siteProfiles: [], warnings: [] };
  } catch (error) {
    return fail(`not a readable Excel workbook / không đọc được tệp Excel: ${(error as Error).message}`);
  }
}

function readJsonText(text: string, file: string, importedAt: string): FileResult {
  const trimmed = text.trim();
  if (!trimmed) return fail('empty file / tệp rỗng');
  let whole: unknown;
  let wholeError: string | null = null;
  try {
    whole = JSON.parse(trimmed);
  } catch (error) {
    wholeError = (error as Error).message;
  }
  if (wholeError === null) return readJsonValue(whole, file, importedAt);
  // JSON Lines: one record a line; a broken line is a warning, not the end of the file.
  const lines = trimmed.split('\n');
  if (lines.length < 2) return fail(`malformed JSON / JSON không hợp lệ: ${wholeError}`);
  const warnings: string[] = [];
  const values: unknown[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    try {
      values.push(JSON.parse(line));
    } catch (error) {
      warnings.push(`line ${index + 1}: malformed JSON / dòng ${index + 1}: JSON không hợp lệ (${(error as Error).message.slice(0, 80)})`);
    }
  });
  if (values.length === 0) return fail(`malformed JSON / JSON không hợp lệ: ${wholeError}`);
  const result = readRecords(values, file, importedAt);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

function readJsonValue(value: unknown, file: string, importedAt: string): FileResult {
  if (looksLikeCommuneList(value)) {
    const parsed = communeListSchema.safeParse(value);
    if (!parsed.success) return fail(`commune list does not match the expected shape / danh sách của xã sai cấu trúc: ${parsed.error.issues[0]?.message}`);
    return { format: 'site-profile', procedures: [], siteProfiles: [mapCommuneList(parsed.data, file, importedAt)], warnings: [] };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'procedures' in value && Array.isArray(value.procedures)) {
    return readRecords(value.procedures, file, importedAt, 'project-json');
  }
  return readRecords(Array.isArray(value) ? value : [value], file, importedAt);
}

function readRecords(values: unknown[], file: string, importedAt: string, forced?: 'project-json'): FileResult {
  const procedures: Procedure[] = [];
  const warnings: string[] = [];
  let format: FileFormat | null = forced ?? null;
  values.forEach((value, index) => {
    const where = values.length > 1 ? `record ${index + 1}: ` : '';
    const recordFormat = forced ?? detectRecord(value);
    if (!recordFormat) {
      warnings.push(`${where}unknown record shape / không nhận ra cấu trúc bản ghi`);
      return;
    }
    format ??= recordFormat;
    const mapped = mapRecord(recordFormat, value, file, importedAt);
    if (typeof mapped === 'string') warnings.push(`${where}${mapped}`);
    else procedures.push(mapped);
  });
  if (procedures.length === 0) return { ...fail(warnings[0] ?? 'no procedure records / không có bản ghi thủ tục nào'), format, warnings };
  return { format, procedures, siteProfiles: [], warnings };
}

function detectRecord(value: unknown): SourceFormat | null {
  if (looksLikePortalApi(value)) return 'portal-api';
  if (looksLikePortalCrawl(value)) return 'portal-crawl';
  if (looksLikePortalDoc(value)) return 'portal-doc';
  if (typeof value === 'object' && value !== null && 'code' in value && 'title' in value) return 'project-json';
  return null;
}

function mapRecord(format: SourceFormat, value: unknown, file: string, importedAt: string): Procedure | string {
  const invalid = (issues: { message: string; path: PropertyKey[] }[]) =>
    `invalid ${format} record / bản ghi ${format} không hợp lệ: ${issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.')} ${issue.message}`)
      .join('; ')}`;
  switch (format) {
    case 'portal-api': {
      const parsed = portalApiLineSchema.safeParse(value);
      if (!parsed.success) return invalid(parsed.error.issues);
      return mapPortalApi(parsed.data, file, importedAt) ?? 'record without a valid code or title / bản ghi thiếu mã hoặc tên thủ tục';
    }
    case 'portal-crawl': {
      const parsed = portalCrawlSchema.safeParse(value);
      if (!parsed.success) return invalid(parsed.error.issues);
      return mapPortalCrawl(parsed.data, file, importedAt) ?? 'record without a valid code or title / bản ghi thiếu mã hoặc tên thủ tục';
    }
    case 'portal-doc': {
      const parsed = portalDocSchema.safeParse(value);
      if (!parsed.success) return invalid(parsed.error.issues);
      return mapPortalDoc(parsed.data, file, importedAt) ?? 'record without a valid code or title / bản ghi thiếu mã hoặc tên thủ tục';
    }
    case 'project-json': {
      const parsed = procedureSchema.safeParse(value);
      if (!parsed.success) return invalid(parsed.error.issues);
      const procedure = parsed.data;
      if (procedure.sources.length === 0) procedure.sources = [{ format: 'project-json', file, url: procedure.url, importedAt, updatedAt: null }];
      return procedure;
    }
    case 'portal-list':
    case 'national-workbook':
      return `${format} records come from Excel files only`;
  }
}
