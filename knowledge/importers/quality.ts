// Data-quality flags. Suspicious records are flagged and reported, never dropped: an officer decides.
import { standardCodePattern, type Procedure, type QualityFlag } from '../../contracts/procedure';
import { foldForParsing as fold } from './parse-values';

const suspiciousTitle = /^(cong bo danh muc|quy trinh noi bo|danh muc thu tuc)/u;
const provinceNames =
  /(tinh|thanh pho) (ha noi|ho chi minh|da nang|hai phong|can tho|hue|an giang|bac ninh|ca mau|cao bang|dak lak|dien bien|dong nai|dong thap|gia lai|ha tinh|hung yen|khanh hoa|lai chau|lam dong|lang son|lao cai|nghe an|ninh binh|phu tho|quang ngai|quang ninh|quang tri|son la|tay ninh|thai nguyen|thanh hoa|tuyen quang|vinh long|[a-z]+ [a-z]+ tren dia ban)/u;
/** Many codes under one title is a known defect of the portal export; a handful is normal (level variants). */
const duplicateTitleThreshold = 4;

export function flagQuality(procedures: Procedure[]): Procedure[] {
  const byTitle = new Map<string, number>();
  for (const procedure of procedures) {
    const key = fold(procedure.title).replace(/[^a-z0-9 ]/gu, '').trim();
    byTitle.set(key, (byTitle.get(key) ?? 0) + 1);
  }
  return procedures.map((procedure) => {
    const flags = new Set<QualityFlag>(procedure.qualityFlags.filter((flag) => flag === 'metadata_only'));
    const title = fold(procedure.title);
    const metadataOnly = flags.has('metadata_only');
    // One word names no procedure; two can ("Tách hộ", "Xóa đăng ký").
    if (suspiciousTitle.test(title) || title.trim().split(/\s+/u).length < 2) flags.add('suspicious_title');
    if ((byTitle.get(title.replace(/[^a-z0-9 ]/gu, '').trim()) ?? 0) >= duplicateTitleThreshold) flags.add('duplicate_title');
    if (provinceNames.test(title)) flags.add('province_specific');
    if (!standardCodePattern.test(procedure.code)) flags.add('nonstandard_code');
    if (!metadataOnly) {
      if (procedure.documents.length === 0) flags.add('missing_documents');
      if (!procedure.channels.some((channel) => channel.processingTime)) flags.add('missing_processing_time');
      if (procedure.steps.length === 0) flags.add('missing_steps');
      if (/[\p{L}]$/u.test(procedure.requirements) && procedure.requirements.length > 150) flags.add('truncated_text');
    }
    return { ...procedure, qualityFlags: [...flags].sort() };
  });
}

export function qualityReport(procedures: Procedure[]): { flagged: number; byFlag: Record<string, number>; examples: Record<string, string[]> } {
  const byFlag: Record<string, number> = {};
  const examples: Record<string, string[]> = {};
  let flagged = 0;
  for (const procedure of procedures) {
    if (procedure.qualityFlags.length > 0) flagged += 1;
    for (const flag of procedure.qualityFlags) {
      byFlag[flag] = (byFlag[flag] ?? 0) + 1;
      const list = (examples[flag] ??= []);
      if (list.length < 5) list.push(`${procedure.code} ${procedure.title}`);
    }
  }
  return { flagged, byFlag, examples };
}
