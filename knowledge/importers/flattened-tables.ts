// The portal page crawl flattened its tables into one string with no separators
// ("Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến7Miễn phí(...)"). These functions recover the rows.
import type { Channel, ChannelKind, LegalBasis, RequiredDocument } from '../../contracts/procedure';
import { normalizeText } from '../text/normalize';
import { parseCopies, parseFee, parseProcessingTime } from './parse-values';
import { cleanText } from './text-cleanup';

const channelWords: [string, ChannelKind][] = [
  ['Trực tiếp', 'direct'],
  ['Trực tuyến', 'online'],
  ['Dịch vụ bưu chính', 'postal'],
];
const channelSplit = /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\s*(?:\d|Miễn|Phí|Lệ|Trong|Không|[0-9.,]+\s*(?:VNĐ|đồng|Đồng)|$))/gu;
const timePrefix = /^\s*(\d+(?:[.,]\d+)?)?\s*(Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm)?/iu;

/** Channel rows from "Hình thức nộpThời gianPhí, lệ phíMô tả" + rows. */
export function parseChannelTable(raw: string): Channel[] {
  const text = normalizeText(raw).replace(/^Hình thức nộp\s*Thời gian\s*Phí, lệ phí\s*Mô tả/u, '');
  const pieces = text.split(channelSplit);
  const channels: Channel[] = [];
  for (let index = 1; index < pieces.length; index += 2) {
    const channel = channelWords.find(([word]) => word === pieces[index])?.[1];
    const body = (pieces[index + 1] ?? '').trim();
    if (!channel) continue;
    const time = timePrefix.exec(body);
    const timeText = time?.[0]?.trim() ?? '';
    const rest = body.slice(time?.[0]?.length ?? 0).trim();
    let processingTime = timeText ? parseProcessingTime(timeText) : null;
    if (processingTime && processingTime.unit === 'other' && processingTime.value !== null) {
      // A bare number ("1Miễn phí"): the description may say the unit.
      const fromRest = parseProcessingTime(rest);
      if (fromRest && fromRest.unit !== 'other' && fromRest.value === processingTime.value) processingTime = fromRest;
    }
    if (!processingTime) {
      const fromRest = parseProcessingTime(rest);
      if (fromRest && (fromRest.unit === 'same_day' || fromRest.value !== null)) processingTime = fromRest;
    }
    const { feeText, note } = splitFeeAndNote(rest);
    channels.push({ channel, processingTime, fees: feeText ? [parseFee(feeText, null, 'Phí, lệ phí')] : [], note: cleanText(note) });
  }
  return channels;
}

function splitFeeAndNote(rest: string): { feeText: string; note: string } {
  // The fee cell comes first: "Miễn phí", "20,000,000 VNĐ(...)", "Lệ phí: 50.000 đồng", "Phí : 0 Đồng".
  const fee = /^(Miễn phí(?:\s*\([^)]*\))?|(?:Phí|Lệ phí)\s*:?\s*[\d.,]+\s*(?:Đồng|đồng|VNĐ)(?:\s*\([^)]*\))?|[\d.,]+\s*(?:VNĐ|Đồng|đồng)(?:\s*\([^)]*\))?)/u.exec(rest);
  if (fee) return { feeText: fee[0], note: rest.slice(fee[0].length) };
  return { feeText: rest, note: '' };
}

const documentHeader = /Tên giấy tờ\s*Mẫu đơn, tờ khai\s*Số lượng/u;
const countPattern = /(\d+\s*bản\s*(?:chính|sao)(?:\s*,\s*\d+\s*bản\s*(?:chính|sao))?)/giu;
const formExtension = /\.(?:docx?|pdf|xlsx?|rtf)$/iu;

/** The form's file name is glued to the end of the document name ("theo mẫuTo khai.docx"): it starts at the last
 * capital or digit that directly follows a small letter, digit or bracket. */
function splitFormFile(rowText: string): { name: string; form: string | null } {
  if (!formExtension.test(rowText)) return { name: rowText, form: null };
  let start = -1;
  const characters = [...rowText];
  let offset = 0;
  for (let index = 1; index < characters.length; index += 1) {
    offset += characters[index - 1]!.length;
    if (/[\p{Lu}\p{N}]/u.test(characters[index]!) && /[\p{Ll}\p{N})]/u.test(characters[index - 1]!) && rowText.length - offset <= 90) {
      if (!/\p{N}/u.test(characters[index - 1]!) || !/\p{N}/u.test(characters[index]!)) start = offset;
    }
  }
  const form = start > 0 ? rowText.slice(start).trim() : (/\S+$/u.exec(rowText.trim())?.[0] ?? null);
  const name = start > 0 ? rowText.slice(0, start) : rowText;
  // A file name alone is still the document's only name.
  return { name: /\p{L}{2,}/u.test(name) ? name : rowText, form };
}

/** Documents from "Tên giấy tờMẫu đơn, tờ khaiSố lượng" blocks, each preceded by an optional case heading. */
export function parseDocumentTable(raw: string): RequiredDocument[] {
  const text = normalizeText(raw);
  const blocks = text.split(documentHeader);
  const documents: RequiredDocument[] = [];
  let caseName: string | null = cleanCase(blocks[0] ?? '');
  for (let index = 1; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    let cursor = 0;
    let nextCase: string | null = null;
    for (const match of block.matchAll(countPattern)) {
      const rowText = block.slice(cursor, match.index).trim();
      cursor = (match.index ?? 0) + match[0].length;
      if (!rowText) continue;
      const { originals, copies } = parseCopies(match[0]);
      const split = splitFormFile(rowText);
      const form = split.form;
      const name = cleanText(split.name).replace(/^[-+*•\s]+/u, '');
      if (/\p{L}{2,}/u.test(name)) documents.push({ name, form, originals, copies, caseName, required: null });
    }
    // Text after the last count is the heading of the next block ("* Giấy tờ phải xuất trình:").
    const tail = block.slice(cursor).trim();
    if (index + 1 < blocks.length) nextCase = cleanCase(tail);
    else if (tail) {
      const name = cleanText(tail);
      if (name) documents.push({ name, form: null, originals: null, copies: null, caseName, required: null });
    }
    caseName = nextCase;
  }
  return documents;
}

function cleanCase(text: string): string | null {
  const cleaned = cleanText(text.replace(/^[-\s]+$/u, ''));
  return cleaned && cleaned !== '--' ? cleaned : null;
}

// A row is "title" then "number"; the number runs straight into the next title's capital letter.
const legalCode = /(\d+[\w.]*\/\d{2,4}(?:\/[A-ZĐ](?:[A-ZĐ0-9-]|(?<=T)g)*)?|\d+\/[A-ZĐ](?:[A-ZĐ0-9-]|(?<=T)g)*)(?=\p{Lu}\p{Ll}|$)/gu;
const strictCode = /\d{1,4}\/\d{4}(?:\/[A-ZĐ]+(?:-[A-ZĐ]+g?)*(?:(?<=QH)\d{2})?)?/gu;

/** "Luật 49/2019/QH1449/2019/QH14": the number repeats a code of its title, so the longest repeated suffix wins. */
function splitRow(row: string): { title: string; number: string } | null {
  const codes = [...row.matchAll(strictCode)].map((match) => match[0]);
  for (const code of codes.sort((a, b) => b.length - a.length)) {
    const before = row.slice(0, -code.length);
    if (row.endsWith(code) && before.includes(code) && (!/\d$/u.test(before) || /QH\d{2}$/u.test(before))) return { title: row.slice(0, -code.length), number: code };
  }
  return null;
}

/** Legal documents from "Tên văn bản pháp lýMã văn bản" + rows of title then number. */
export function parseLegalTable(raw: string): LegalBasis[] {
  const text = normalizeText(raw).replace(/^Tên văn bản pháp lý\s*Mã văn bản/u, '');
  const rows: LegalBasis[] = [];
  let cursor = 0;
  for (const match of text.matchAll(legalCode)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const row = text.slice(cursor, end);
    let title = text.slice(cursor, start).trim();
    let number = match[1]!;
    const repeated = splitRow(row);
    if (repeated) {
      title = repeated.title.trim();
      number = repeated.number;
    } else {
      // "... năm 202072/2020/QH14": a year glued before the number.
      const glued = /^((?:19|20)\d{2})(\d{1,4}\/\d{4}\/.+)$/u.exec(number);
      if (glued) {
        title = `${title}${glued[1]}`;
        number = glued[2]!;
      }
    }
    if (!title) continue; // a number inside a title run, not a row end
    rows.push({ number, title: cleanText(title), issuedOn: null, effectiveOn: null });
    cursor = end;
  }
  const tail = text.slice(cursor).trim();
  if (tail) rows.push({ number: null, title: cleanText(tail), issuedOn: null, effectiveOn: null });
  return rows.filter((row) => row.title);
}
