import { procedureCodePattern } from '../../contracts/procedure';
// A commune's published list of the procedures it handles: [{ten_linh_vuc, slug, so_luong_tthc, danh_sach_ma_tthc[]}].
import path from 'node:path';
import { z } from 'zod';
import type { SiteProfile } from '../../contracts/procedure';
import { normalizeText } from '../text/normalize';

export const communeListSchema = z.array(
  z.object({
    ten_linh_vuc: z.string(),
    slug: z.string().nullish(),
    so_luong_tthc: z.number().nullish(),
    danh_sach_ma_tthc: z.array(z.string()),
  }),
);

export const looksLikeCommuneList = (value: unknown): boolean =>
  Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null && 'danh_sach_ma_tthc' in value[0];

/** "nui-cam-an-giang.json" → id "nui-cam-an-giang", name "Nui Cam An Giang" unless the file says otherwise. */
export function mapCommuneList(value: z.infer<typeof communeListSchema>, file: string, importedAt: string): SiteProfile {
  const id = path.basename(file).replace(/\.json(\.gz)?$/u, '');
  const name = id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return {
    id,
    name,
    fields: value.map((field) => ({
      name: normalizeText(field.ten_linh_vuc),
      codes: [...new Set(field.danh_sach_ma_tthc.map((code) => code.trim()).filter((code) => procedureCodePattern.test(code)))],
    })),
    importedAt,
  };
}
