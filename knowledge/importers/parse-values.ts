// Parsing of the values the official records state in words: processing times, fees, counts.
// The original wording is always kept beside the parsed value.
import type { Fee, ProcessingTime, TimeUnit } from '../../contracts/procedure';
import { normalizeText } from '../text/normalize';

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase();

const unitPatterns: [RegExp, TimeUnit][] = [
  [/^ngay lam viec/u, 'working_day'],
  [/^ngay/u, 'day'],
  [/^gio lam viec/u, 'hour'],
  [/^gio/u, 'hour'],
  [/^thang/u, 'month'],
  [/^nam/u, 'year'],
];

/** "05 ngày làm việc", "Trong ngày", "ngay trong ngày làm việc", "03 tháng" → value + unit. Null when nothing is stated. */
export function parseProcessingTime(raw: string): ProcessingTime | null {
  const text = normalizeText(raw);
  if (!text || isNoInformation(text)) return null;
  const folded = fold(text);
  if (/(ngay trong ngay|trong ngay|trong ngay lam viec|ngay khi nhan|ngay sau khi nhan du|tra ngay|giai quyet ngay)/u.test(folded) && !/\d/u.test(folded.slice(0, 12))) {
    return { value: null, unit: 'same_day', text };
  }
  const match = /(\d+(?:[.,]\d+)?)\s*(?:\([^)]*\)\s*)?([a-z ]{2,20})/u.exec(folded);
  if (match) {
    const value = Number(match[1]!.replace(',', '.'));
    const rest = match[2]!.trim();
    for (const [pattern, unit] of unitPatterns) {
      if (pattern.test(rest)) return { value, unit, text };
    }
    return { value, unit: 'other', text };
  }
  const bare = /^(\d+(?:[.,]\d+)?)$/u.exec(folded.trim());
  if (bare) return { value: Number(bare[1]!.replace(',', '.')), unit: 'other', text };
  return { value: null, unit: 'other', text };
}

export function timeUnitFromApi(unit: string | null | undefined): TimeUnit | null {
  switch (unit) {
    case 'WORKING_DAY':
      return 'working_day';
    case 'DAY':
      return 'day';
    case 'HOUR':
      return 'hour';
    case 'MONTH':
      return 'month';
    case 'YEAR':
      return 'year';
    case null:
    case undefined:
    default:
      return null;
  }
}

export const timeUnitLabel: Record<TimeUnit, string> = {
  day: 'ngày',
  working_day: 'ngày làm việc',
  hour: 'giờ',
  month: 'tháng',
  year: 'năm',
  same_day: 'trong ngày',
  other: '',
};

export function isNoInformation(text: string): boolean {
  const folded = fold(text).trim();
  return folded === '' || folded === 'khong co thong tin' || folded === 'khong' || folded === 'khong co';
}

/** Reads an amount in VND written like "50.000 đồng", "4.500.000 Đồng", "100.000đ". */
export function parseVndAmount(text: string): number | null {
  const folded = fold(text);
  if (/usd|do la|\$/u.test(folded)) return null;
  const match = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:d\b|dong|vnd|vnđ|000 d)/u.exec(folded);
  if (!match) return null;
  const value = Number(match[1]!.replace(/[.,]/gu, ''));
  return Number.isFinite(value) ? value : null;
}

/** A fee from its wording (and the API's numeric value when there is one). */
export function parseFee(raw: string, apiValue: number | null = null, label = ''): Fee {
  const text = normalizeText(raw);
  const folded = fold(text);
  if (/hoi dong nhan dan|hdnd/u.test(folded) && !(apiValue && apiValue > 0)) {
    return { kind: 'by_province_council', amountVnd: null, label, text };
  }
  const statedAmount = parseVndAmount(text);
  const foreignCurrency = /usd|do la|\$/u.test(folded);
  if (statedAmount !== null && statedAmount > 0) return { kind: 'amount', amountVnd: statedAmount, label, text };
  // No administrative fee is below 1.000 đồng: a small source number with no amount in the wording is an unstated
  // unit (often USD at an embassy) or a placeholder beside an exemption; "200 đồng" would mislead a citizen.
  if (apiValue !== null && apiValue > 0 && apiValue < 1000 && !foreignCurrency) {
    if (/mien/u.test(folded)) return { kind: 'free', amountVnd: 0, label, text };
    return { kind: 'unknown', amountVnd: null, label, text: `${apiValue}${text ? ` ${text}` : ''} (hồ sơ gốc không ghi đơn vị tiền)` };
  }
  if (apiValue !== null && apiValue > 0 && !foreignCurrency) return { kind: 'amount', amountVnd: apiValue, label, text };
  if (/mien phi|khong thu|khong mat phi|mien le phi|khong phai nop/u.test(folded) || (apiValue === 0 && text === '')) {
    return { kind: 'free', amountVnd: 0, label, text };
  }
  if (apiValue !== null && apiValue > 0 && foreignCurrency) return { kind: 'amount', amountVnd: null, label, text };
  if (/^(chua quy dinh|khong quy dinh|khong co)/u.test(folded)) return { kind: 'not_set', amountVnd: null, label, text };
  if (/(theo|tai) (quy dinh|thong tu|nghi dinh|quyet dinh|bieu phi|muc thu)|thong tu so|nghi dinh so/u.test(folded)) {
    return { kind: 'by_regulation', amountVnd: null, label, text };
  }
  // The API states 0 and the wording names no other amount: nothing is charged.
  if (apiValue === 0) return { kind: 'free', amountVnd: 0, label, text };
  return { kind: 'unknown', amountVnd: null, label, text };
}

/** "1 bản chính", "02 bản sao", "Bản chính: 1 - Bản sao: 0" → counts. */
export function parseCopies(raw: string): { originals: number | null; copies: number | null } {
  const folded = fold(raw);
  let originals: number | null = null;
  let copies: number | null = null;
  for (const match of folded.matchAll(/(\d+)\s*ban\s*(chinh|sao)|ban\s*(chinh|sao)\s*:?\s*(\d+)/gu)) {
    const count = Number(match[1] ?? match[4]);
    const kind = match[2] ?? match[3];
    if (kind === 'chinh') originals = count;
    else copies = count;
  }
  return { originals, copies };
}

export { fold as foldForParsing };
