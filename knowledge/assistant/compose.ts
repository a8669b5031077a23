// Grounded answers composed from the structured record: the asked facet first, then the essentials, the title
// and code cited. Every fact is copied from the record; a missing fact is said plainly.
import type { Facet } from '../../contracts/assistant';
import type { Channel, Procedure, SiteProfile } from '../../contracts/procedure';
import { describeFee, describeTime } from '../catalogue/format-procedure';

const channelName: Record<Channel['channel'], string> = { direct: 'nộp trực tiếp', online: 'nộp trực tuyến', postal: 'gửi qua bưu chính' };
const maxDocuments = 8;

function uniqueLines(lines: string[]): string[] {
  return [...new Set(lines.filter(Boolean))];
}

function copiesText(document: Procedure['documents'][number]): string {
  const parts = [];
  if (document.originals) parts.push(`${String(document.originals).padStart(2, '0')} bản chính`);
  if (document.copies) parts.push(`${String(document.copies).padStart(2, '0')} bản sao`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function documentsSection(procedure: Procedure): string {
  const documents = procedure.documents.filter((document) => !/^(lưu ý|\*)/iu.test(document.name));
  if (documents.length === 0) return 'Hồ sơ: hồ sơ gốc không ghi rõ thành phần giấy tờ; bạn vui lòng hỏi cán bộ tại quầy.';
  const shown = documents.slice(0, maxDocuments).map((document) => `• ${document.name.replace(/[;.]\s*$/u, '')}${copiesText(document)}`);
  const more = documents.length > maxDocuments ? '\n(Còn giấy tờ khác theo từng trường hợp; xem đầy đủ ở trang thủ tục.)' : '';
  return `Hồ sơ cần chuẩn bị:\n${shown.join('\n')}${more}`;
}

export function timeSection(procedure: Procedure): string {
  const lines = uniqueLines(procedure.channels.map((channel) => (channel.processingTime ? `${describeTime(channel.processingTime)} (${channelName[channel.channel]})` : '')));
  if (lines.length === 0) return 'Thời hạn giải quyết: hồ sơ gốc không ghi.';
  const distinct = uniqueLines(procedure.channels.map((channel) => (channel.processingTime ? describeTime(channel.processingTime) : '')));
  return distinct.length === 1 ? `Thời hạn giải quyết: ${distinct[0]}.` : `Thời hạn giải quyết: ${lines.join('; ')}.`;
}

export function feeSection(procedure: Procedure): string {
  const lines = uniqueLines(procedure.channels.flatMap((channel) => channel.fees.map((fee) => describeFee(fee))));
  if (lines.length === 0) return 'Phí, lệ phí: hồ sơ gốc không ghi.';
  return lines.length === 1 ? `Phí, lệ phí: ${lines[0]}.` : `Phí, lệ phí:\n${lines.map((line) => `• ${line}`).join('\n')}`;
}

export function whereSection(procedure: Procedure): string {
  const agencies = procedure.agencies.implementing.length ? procedure.agencies.implementing : procedure.agencies.competent;
  const parts = [];
  if (agencies.length) parts.push(`Cơ quan thực hiện: ${agencies.join('; ')}.`);
  if (procedure.agencies.receivingAddress) parts.push(`Nơi tiếp nhận: ${procedure.agencies.receivingAddress}`);
  const channels = uniqueLines(procedure.channels.map((channel) => channelName[channel.channel]));
  if (channels.length) parts.push(`Cách nộp: ${channels.join(', ')}.`);
  return parts.join('\n') || 'Nơi nộp: hồ sơ gốc không ghi; bạn vui lòng hỏi cán bộ tại quầy.';
}

export function stepsSection(procedure: Procedure): string {
  if (procedure.steps.length === 0) return 'Trình tự: hồ sơ gốc không ghi.';
  const text = procedure.steps.map((step, index) => `${step.title || `Bước ${index + 1}`}: ${step.text}`).join('\n');
  return `Trình tự thực hiện:\n${text.length > 1200 ? `${text.slice(0, 1200).replace(/\s+\S*$/u, '')}…` : text}`;
}

function onlineSection(procedure: Procedure): string {
  const online = procedure.channels.some((channel) => channel.channel === 'online');
  return online
    ? 'Thủ tục này có thể nộp trực tuyến qua Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc cổng dịch vụ công của tỉnh.'
    : 'Theo hồ sơ gốc, thủ tục này chưa có hình thức nộp trực tuyến; bạn nộp trực tiếp hoặc qua bưu chính nếu có.';
}

const sections: Record<Exclude<Facet, 'chao_hoi' | 'ngoai_pham_vi' | 'lam_ro' | 'gap_can_bo' | 'tong_quan'>, (procedure: Procedure) => string> = {
  ho_so: documentsSection,
  le_phi: feeSection,
  thoi_han: timeSection,
  noi_nop: whereSection,
  trinh_tu: stepsSection,
  dieu_kien: (procedure) => (procedure.requirements ? `Yêu cầu, điều kiện: ${procedure.requirements}` : 'Yêu cầu, điều kiện: hồ sơ gốc không nêu điều kiện riêng.'),
  can_cu: (procedure) =>
    procedure.legalBasis.length
      ? `Căn cứ pháp lý:\n${procedure.legalBasis.slice(0, 6).map((basis) => `• ${basis.number ? `${basis.number} – ` : ''}${basis.title}`).join('\n')}`
      : 'Căn cứ pháp lý: hồ sơ gốc không ghi.',
  truc_tuyen: onlineSection,
  ket_qua: (procedure) => (procedure.results.length ? `Kết quả: ${procedure.results.join('; ')}.` : 'Kết quả: hồ sơ gốc không ghi.'),
};

export function handledHereSentence(procedure: Procedure, site: SiteProfile | null | undefined): { sentence: string; handledHere: boolean | null } {
  if (!site) return { sentence: '', handledHere: null };
  const handled = site.fields.some((field) => field.codes.includes(procedure.code));
  return handled
    ? { sentence: `Thủ tục này được giải quyết tại ${site.name}.`, handledHere: true }
    : { sentence: `Thủ tục này không có trong danh mục của ${site.name}; cơ quan thực hiện: ${procedure.agencies.implementing.join('; ') || 'xem trang thủ tục'}.`, handledHere: false };
}

/** The title as it reads after "thủ tục": no repeated "Thủ tục", first letter small unless it starts an acronym. */
export function titleInSentence(title: string): string {
  const rest = title.replace(/^thủ tục\s+/iu, '');
  return /^\p{Lu}\p{Ll}/u.test(rest) ? rest.charAt(0).toLocaleLowerCase('vi') + rest.slice(1) : rest;
}

export function composeAnswer(procedure: Procedure, facet: Facet, site?: SiteProfile | null): { answer: string; handledHere: boolean | null } {
  const heading = `${procedure.title} (mã thủ tục ${procedure.code})`;
  const parts: string[] = [];
  if (facet in sections) {
    parts.push(`Về thủ tục ${titleInSentence(procedure.title)} (mã thủ tục ${procedure.code}):`);
    parts.push(sections[facet as keyof typeof sections](procedure));
    // Essentials after the asked facet, so the citizen has time, fee and place in one answer.
    const essentials = (['thoi_han', 'le_phi', 'noi_nop'] as const).filter((key) => key !== facet);
    parts.push(essentials.map((key) => sections[key](procedure)).join('\n'));
    if (facet === 'trinh_tu') parts.push(documentsSection(procedure));
  } else {
    parts.push(`Thủ tục phù hợp: ${heading}.`);
    parts.push(whereSection(procedure), timeSection(procedure), feeSection(procedure), documentsSection(procedure));
  }
  const { sentence, handledHere } = handledHereSentence(procedure, site);
  if (sentence) parts.push(sentence);
  parts.push(`Nguồn: Cơ sở dữ liệu quốc gia về thủ tục hành chính, mã ${procedure.code}${procedure.url ? ` – ${procedure.url}` : ''}.`);
  return { answer: parts.filter(Boolean).join('\n\n'), handledHere };
}
