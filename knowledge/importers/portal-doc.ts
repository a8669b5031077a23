import { procedureCodePattern } from '../../contracts/procedure';
// The Ministry of Defence procedures parsed from the portal's .doc export: metadata, content and real tables.
import { z } from 'zod';
import type { Channel, ChannelKind, Procedure } from '../../contracts/procedure';
import { normalizeText } from '../text/normalize';
import { parseCopies, parseFee, parseProcessingTime } from './parse-values';
import { parseLevels } from './portal-crawl';
import { cleanText, portalUrl, splitAgencies, uniqueNonEmpty } from './text-cleanup';

const text = z.string().nullish().transform((value) => value ?? '');
const rows = <T extends z.ZodTypeAny>(row: T) => z.array(row).nullish().transform((value) => value ?? []);

export const portalDocSchema = z
  .object({
    thu_tuc_id: z.string().nullish(),
    source_file: text,
    metadata: z.object({ 'mã_thủ_tục': text, 'tên_thủ_tục': text, 'số_quyết_định': text, 'cấp_thực_hiện': text, 'lĩnh_vực': text }).passthrough(),
    content: z.record(z.string(), z.unknown()).nullish().transform((value) => value ?? {}),
    tables: z
      .object({
        hinh_thuc_nop: rows(z.object({ hinh_thuc: text, thoi_han_giai_quyet: text, phi_le_phi: text, mo_ta: text }).passthrough()),
        thanh_phan_ho_so: rows(z.object({ ten_giay_to: text, so_luong: text, ghi_chu: text }).passthrough()),
        can_cu_phap_ly: rows(z.object({ so_ky_hieu: text, trich_yeu: text, ngay_ban_hanh: text, co_quan_ban_hanh: text }).passthrough()),
      })
      .passthrough()
      .nullish(),
  })
  .passthrough();
export type PortalDocRecord = z.infer<typeof portalDocSchema>;

export const looksLikePortalDoc = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'metadata' in value && ('thu_tuc_id' in value || 'tables' in value);

const channelByWord = (word: string): ChannelKind | null => {
  const lower = word.toLowerCase();
  if (lower.includes('trực tiếp')) return 'direct';
  if (lower.includes('trực tuyến')) return 'online';
  if (lower.includes('bưu chính')) return 'postal';
  return null;
};

const contentText = (content: Record<string, unknown>, key: string): string =>
  typeof content[key] === 'string' ? cleanText(content[key]) : '';

/** '24-03-2021' → '2021-03-24'. */
const isoDate = (raw: string): string | null => {
  const match = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/u.exec(raw.trim());
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : null;
};

export function mapPortalDoc(record: PortalDocRecord, file: string, importedAt: string): Procedure | null {
  const code = (record.metadata['mã_thủ_tục'] || record.thu_tuc_id || '').trim();
  const title = normalizeText((record.metadata['tên_thủ_tục']).replace(/\s+/gu, ' '));
  if (!procedureCodePattern.test(code) || !title) return null;
  const content = record.content;
  const tables = record.tables ?? { hinh_thuc_nop: [], thanh_phan_ho_so: [], can_cu_phap_ly: [] };
  const channels: Channel[] = tables.hinh_thuc_nop.flatMap((row) => {
    const channel = channelByWord(row.hinh_thuc);
    if (!channel) return [];
    const fee = cleanText(row.phi_le_phi);
    return [{ channel, processingTime: parseProcessingTime(row.thoi_han_giai_quyet), fees: fee ? [parseFee(fee, null, 'Phí, lệ phí')] : [], note: cleanText(row.mo_ta) }];
  });
  const stepsText = contentText(content, 'trình_tự_thực_hiện');
  return {
    code,
    title,
    levels: parseLevels(record.metadata['cấp_thực_hiện']),
    field: cleanText(record.metadata['lĩnh_vực']),
    issuingBody: 'Bộ Quốc phòng',
    decisionNumber: cleanText(record.metadata['số_quyết_định']).replace(/^Quyết định số\s*/u, ''),
    agencies: {
      implementing: uniqueNonEmpty(splitAgencies(contentText(content, 'cơ_quan_thực_hiện'))),
      competent: uniqueNonEmpty(splitAgencies(contentText(content, 'cơ_quan_có_thẩm_quyền'))),
      coordinating: uniqueNonEmpty(splitAgencies(contentText(content, 'cơ_quan_phối_hợp'))),
      authorized: uniqueNonEmpty(splitAgencies(contentText(content, 'cơ_quan_được_ủy_quyền'))),
      receivingAddress: contentText(content, 'địa_chỉ_tiếp_nhận_hs'),
    },
    applicants: uniqueNonEmpty(contentText(content, 'đối_tượng_thực_hiện').split(/\s*[,;]\s*/u)),
    channels,
    // 'Bước 1: ... Bước 2: ...' becomes separate steps.
    steps: stepsText
      ? stepsText
          .split(/(?=Bước\s*\d+\s*[:.])/u)
          .map((step) => step.trim())
          .filter(Boolean)
          .map((step) => ({ title: /^Bước\s*\d+/u.exec(step)?.[0] ?? '', text: step.replace(/^Bước\s*\d+\s*[:.]\s*/u, '') }))
      : [],
    documents: tables.thanh_phan_ho_so
      .map((row) => {
        const { originals, copies } = parseCopies(row.ghi_chu || row.so_luong);
        const form = /\.(docx?|pdf|xlsx?)$/iu.test(row.so_luong.trim()) ? row.so_luong.trim() : null;
        return { name: cleanText(row.ten_giay_to), form, originals, copies, caseName: null, required: null };
      })
      .filter((document) => document.name),
    results: uniqueNonEmpty(contentText(content, 'kết_quả_thực_hiện').split(/\n+/u)),
    legalBasis: tables.can_cu_phap_ly
      .map((row) => ({
        number: /\d+\/\d{4}\/[\p{Lu}\d-]+/u.exec(row.trich_yeu)?.[0] ?? (cleanText(row.so_ky_hieu) || null),
        title: cleanText(row.trich_yeu),
        issuedOn: isoDate(row.ngay_ban_hanh),
        effectiveOn: null,
      }))
      .filter((row) => row.title),
    requirements: contentText(content, 'yêu_cầu_điều_kiện_thực_hiện').replace(/^Không\.?$/u, ''),
    url: portalUrl(code),
    sources: [{ format: 'portal-doc', file, url: portalUrl(code), importedAt, updatedAt: null }],
    fieldSources: {},
    qualityFlags: [],
  };
}
