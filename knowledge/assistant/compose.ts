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

/** Items of the documents list that are instructions about documents, not documents to bring. */
const notePattern = /^(lưu ý|ghi chú|\*|-|\(|trường hợp|việc nộp|người tiếp nhận|cơ quan|bản chụp|bản quét|đối với trường hợp)/iu;
const maxDocumentLength = 220;
/** How the name of a paper to bring begins. */
const documentNounPattern = /^(tờ khai|giấy|bản |văn bản|hộ chiếu|sổ|đơn|phiếu|quyết định|trích lục|chứng chỉ|chứng nhận|hợp đồng|biên bản|danh sách|thẻ|căn cước|ảnh|hồ sơ|báo cáo|tờ trình|kế hoạch|di chúc|thông báo|xác nhận|01 |02 )/iu;

/** A long item cut at a word near the limit, so an elderly reader (or the speech engine) gets the gist. */
function shortened(text: string, limit = maxDocumentLength): string {
  const clean = text.replace(/\s+/gu, ' ').replace(/[;.,:]\s*$/u, '').trim();
  return clean.length > limit ? `${clean.slice(0, limit).replace(/\s+\S*$/u, '')}…` : clean;
}

export function documentsSection(procedure: Procedure): string {
  const listed = procedure.documents.filter((document) => document.name.trim());
  const documents = listed.filter((document) => !notePattern.test(document.name.trim()) && document.name.length <= 600);
  if (documents.length === 0 && listed.length === 0) return 'Hồ sơ: hồ sơ gốc không ghi rõ thành phần giấy tờ; bạn vui lòng hỏi cán bộ tại quầy.';
  // Only instructions in the record: show them, shortened, rather than nothing.
  // Papers first (a form, a certificate, a copy...), what everyone brings before what some cases need ("trong trường
  // hợp ủy quyền"); lines that explain rather than name a paper only when the record lists no paper.
  const paper = (name: string) => documentNounPattern.test(name.trim());
  const rank = (name: string) => {
    if (/^(tờ khai|đơn)/iu.test(name.trim())) return 0; // the form comes first
    if (/trong trường hợp|nếu có|nước ngoài cấp|đối với người/iu.test(name.slice(0, 160))) return 2;
    return 1;
  };
  const papers = documents.filter((document) => paper(document.name));
  const chosen = [...(papers.length > 0 ? papers : documents.length > 0 ? documents : listed)].sort((a, b) => rank(a.name) - rank(b.name));
  const shown = chosen.slice(0, maxDocuments).map((document) => `• ${shortened(document.name)}${copiesText(document)}`);
  const hidden = listed.length - shown.length;
  // No count here: every number in an answer must come from the record (the grounding check).
  const more = hidden > 0 ? '\n(Còn giấy tờ, lưu ý khác theo từng trường hợp; xem đầy đủ ở trang thủ tục.)' : '';
  return `Hồ sơ cần chuẩn bị:\n${shown.join('\n')}${more}`;
}

export function timeSection(procedure: Procedure): string {
  const lines = uniqueLines(procedure.channels.map((channel) => (channel.processingTime ? `${describeTime(channel.processingTime)} (${channelName[channel.channel]})` : '')));
  if (lines.length === 0) return 'Thời hạn giải quyết: hồ sơ gốc không ghi.';
  const distinct = uniqueLines(procedure.channels.map((channel) => (channel.processingTime ? describeTime(channel.processingTime) : '')));
  return distinct.length === 1 ? `Thời hạn giải quyết: ${distinct[0]}.` : `Thời hạn giải quyết: ${lines.join('; ')}.`;
}

/** "lệ phí 10.000 đồng" reads better after a channel name than "Lệ phí: 10.000 đồng". */
function feeText(fee: Procedure['channels'][number]['fees'][number]): string {
  const described = describeFee(fee);
  const labelled = /^([^:]{2,30}): (.+)$/u.exec(described);
  return labelled ? `${labelled[1]!.toLocaleLowerCase('vi')} ${labelled[2]}` : described;
}

export function feeSection(procedure: Procedure): string {
  // Per channel: its amounts; a "free" line beside an amount is an exemption for some people, said once at the end.
  let exemption = false;
  const withFees = procedure.channels.filter((channel) => channel.fees.length > 0);
  const perChannel = withFees.map((channel) => {
    const paid = channel.fees.filter((fee) => fee.kind !== 'free');
    if (paid.length > 0 && paid.length < channel.fees.length) exemption = true;
    let text = uniqueLines((paid.length > 0 ? paid : channel.fees).map(feeText)).join('; ');
    // The channel's own wording, when short and about money, says more than the amount ("2.000 đồng/trang; từ
    // trang thứ 3 trở lên thu 1.000 đồng/trang...").
    const note = channel.note.replace(/^[-•\s]+/u, '').trim();
    const place = /^(Tại [^:]{3,90}):\s*(.+)$/u.exec(note);
    if (note && note.length <= 350 && /\d[\d.]*\s*(đồng|USD)/u.test(note)) text = shortened(place ? place[2]! : note, 300);
    // Two channels of one kind (at the commune, at an embassy) are told apart by the place the record names.
    const sameKind = withFees.filter((other) => other.channel === channel.channel).length > 1;
    return { channel: sameKind && place ? place[1]! : channelName[channel.channel], text };
  });
  if (perChannel.length === 0) return 'Phí, lệ phí: hồ sơ gốc không ghi.';
  const distinct = uniqueLines(perChannel.map((item) => item.text));
  const exempt = exemption ? '\nMột số trường hợp được miễn theo quy định (xem trang thủ tục).' : '';
  if (distinct.length === 1) return `Phí, lệ phí: ${distinct[0]}.${exempt}`;
  return `Phí, lệ phí:\n${uniqueLines(perChannel.map((item) => `• ${item.channel}: ${item.text}`)).join('\n')}${exempt}`;
}

/** Sources merged field by field sometimes list "A; B" and also "A, B": keep each agency once. */
export function distinctAgencies(agencies: readonly string[]): string[] {
  const unique = uniqueLines(agencies.map((agency) => agency.trim()));
  const key = (text: string) => text.toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
  return unique.filter((agency) => {
    const parts = agency.split(/\s*[,;]\s*/u);
    return !(parts.length > 1 && parts.every((part) => unique.some((other) => other !== agency && key(other) === key(part))));
  });
}

export function whereSection(procedure: Procedure): string {
  const agencies = distinctAgencies(procedure.agencies.implementing.length ? procedure.agencies.implementing : procedure.agencies.competent);
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
