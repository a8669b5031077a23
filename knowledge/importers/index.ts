// Entry point of the importers: read files and folders of any supported format, merge by code, flag quality.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Procedure, SiteProfile, SourceFormat } from '../../contracts/procedure';
import { mergeByCode } from './merge';
import { flagQuality } from './quality';
import { readSourceFile, type FileFormat } from './read-file';

export { mergeProcedures, mergeByCode } from './merge';
export { flagQuality, qualityReport } from './quality';

export interface ImportWarning {
  file: string;
  message: string;
}
export interface ImportedFile {
  file: string;
  format: SourceFormat | 'site-profile' | null;
  records: number;
  error?: string;
}
export interface ImportBatch {
  procedures: Procedure[];
  siteProfiles: SiteProfile[];
  warnings: ImportWarning[];
  countsByFormat: Partial<Record<FileFormat, number>>;
  files: ImportedFile[];
}

const ignoredNames = /(^\.|~$|\.md$|\.txt$|\.py$|\.ts$)/u;

async function listFiles(entry: string, out: string[], missing: string[]): Promise<void> {
  let info;
  try {
    info = await stat(entry);
  } catch {
    missing.push(entry);
    return;
  }
  if (info.isFile()) {
    out.push(entry);
    return;
  }
  if (!info.isDirectory()) return;
  const names = (await readdir(entry)).sort();
  for (const name of names) {
    if (ignoredNames.test(name)) continue;
    await listFiles(path.join(entry, name), out, missing);
  }
}

export async function readSources(paths: string[], options: { now?: Date } = {}): Promise<ImportBatch> {
  const importedAt = (options.now ?? new Date()).toISOString();
  const files: string[] = [];
  const missing: string[] = [];
  for (const entry of paths) await listFiles(entry, files, missing);
  const batch: ImportBatch = { procedures: [], siteProfiles: [], warnings: [], countsByFormat: {}, files: [] };
  for (const file of missing) batch.files.push({ file, format: null, records: 0, error: 'no such file or folder / không có tệp hoặc thư mục này' });
  const records: Procedure[] = [];
  for (const file of files) {
    const result = await readSourceFile(file, importedAt);
    const count = result.procedures.length + result.siteProfiles.length;
    batch.files.push({ file, format: result.format, records: count, ...(result.error ? { error: result.error } : {}) });
    for (const message of result.warnings) batch.warnings.push({ file, message });
    if (result.format && count > 0) batch.countsByFormat[result.format] = (batch.countsByFormat[result.format] ?? 0) + count;
    records.push(...result.procedures);
    batch.siteProfiles.push(...result.siteProfiles);
  }
  batch.procedures = flagQuality(mergeByCode(records));
  return batch;
}
