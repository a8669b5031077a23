import { procedureCodePattern } from '../../contracts/procedure';
// The portal page crawl (one JSON per procedure, Vietnamese keys, flattened tables).
import { z } from 'zod';
import type { ImplementationLevel, Procedure } from '../../contracts/procedure';
import { normalizeText } from '../text/normalize';
import { parseChannelTable, parseDocumentTable, parseLegalTable } from './flattened-tables';
import { cleanText, cutInterfaceJunk, portalUrl, splitAgencies, uniqueNonEmpty } from './text-cleanup';

const text = z.string().nullish().transform((value) => value ?? '');

export const portalCrawlSchema = z
  .object({
    ma_thu_tuc: z.string(),
    ten_thu_tuc: text,
    detail_url: text,
    so_quyet_dinh: text,
    cap_thuc_hien: text,
    linh_vuc: text,
    doi_tuong_thuc_hien: text,
    co_quan_co_tham_quyen: text,
    dia_chi_tiep_nhan: text,
    co_quan_duoc_uy_quyen: text,
    co_quan_phoi_hop: text,
    trinh_tu_thuc_hien: text,
    cach_thuc_thuc_hien: text,
    thanh_phan_ho_so: text,
    can_cu_phap_ly: text,
    co_quan_thuc_hien: text,
    yeu_cau_dieu_kien: text,
    ket_qua_xu_ly: text,
  })
  .passthrough();
export type PortalCrawlRecord = z.infer<typeof portalCrawlSchema>;

export const looksLikePortalCrawl = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'ma_thu_tuc' in value && 'ten_thu_tuc' in value;

/** 'Cấp xã, Cấp tỉnh' → levels. Shared with the .doc export, which writes 'Cấp Xã'. */
export function parseLevels(raw: string): ImplementationLevel[] {
  const folded = raw.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/giu, 'd').toLowerCase();
  const levels: ImplementationLevel[] = [];
  if (/cap xa|cap huyen/u.test(folded)) levels.push('commune');
  if (/cap tinh/u.test(folded)) levels.push('province');
  if (/cap bo|trung uong/u.test(folded)) levels.push('ministry');
  if (levels.length === 0 && folded.trim()) levels.push('other');
  return levels;
}

/** 'Mã: KQ.G15.000034' and the page's interface text are cut from results. */
export function parseResults(raw: string): string[] {
  const cleaned = cutInterfaceJunk(raw).replace(/Mã:\s*[\w.]+/gu, '\n');
  return uniqueNonEmpty(cleaned.split(/\n+/u));
}

export function mapPortalCrawl(record: PortalCrawlRecord, file: string, importedAt: string): Procedure | null {
  const code = record.ma_thu_tuc.trim();
  const title = normalizeText((record.ten_thu_tuc).replace(/\s+/gu, ' '));
  if (!procedureCodePattern.test(code) || !title) return null;
  const url = record.detail_url || portalUrl(code);
  return {
    code,
    title,
    levels: parseLevels(record.cap_thuc_hien),
    field: cleanText(record.linh_vuc),
    issuingBody: '',
    decisionNumber: cleanText(record.so_quyet_dinh),
    agencies: {
      implementing: uniqueNonEmpty(splitAgencies(record.co_quan_thuc_hien)),
      competent: uniqueNonEmpty(splitAgencies(record.co_quan_co_tham_quyen)),
      coordinating: uniqueNonEmpty(splitAgencies(record.co_quan_phoi_hop)),
      authorized: uniqueNonEmpty(splitAgencies(record.co_quan_duoc_uy_quyen)),
      receivingAddress: cleanText(record.dia_chi_tiep_nhan),
    },
    applicants: uniqueNonEmpty(cleanText(record.doi_tuong_thuc_hien).split(/\s*[,;]\s*/u)),
    channels: parseChannelTable(record.cach_thuc_thuc_hien),
    steps: cleanText(record.trinh_tu_thuc_hien) ? [{ title: '', text: cleanText(record.trinh_tu_thuc_hien) }] : [],
    documents: parseDocumentTable(record.thanh_phan_ho_so),
    results: parseResults(record.ket_qua_xu_ly),
    legalBasis: parseLegalTable(record.can_cu_phap_ly),
    requirements: cleanText(record.yeu_cau_dieu_kien),
    url,
    sources: [{ format: 'portal-crawl', file, url, importedAt, updatedAt: null }],
    fieldSources: {},
    qualityFlags: [],
  };
}
