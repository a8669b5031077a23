// Cleanup shared by every importer: normalisation, "Không có thông tin" as empty, page-interface junk.
import { normalizeText } from '../text/normalize';
import { isNoInformation } from './parse-values';

/** Normalised text; "Không có thông tin" and similar become empty. Keeps line breaks (lists in steps). */
export function cleanText(raw: string): string {
  const lines = raw
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => normalizeText(line))
    .filter((line) => line.length > 0);
  const text = lines.join('\n');
  return isNoInformation(text) ? '' : text;
}

export function uniqueNonEmpty(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const text = cleanText(value).replace(/[.;,\s]+$/u, '');
    if (text && !seen.has(text.toLowerCase())) {
      seen.add(text.toLowerCase());
      out.push(text);
    }
  }
  return out;
}

/** "Ủy ban nhân dân cấp xã; Công an xã" → separate agencies. */
export function splitAgencies(raw: string): string[] {
  return cleanText(raw)
    .split(/\s*[;\n]\s*/u)
    .filter(Boolean);
}

export function portalUrl(code: string): string {
  return `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`;
}

const interfaceJunk = [/Chọn cơ quan thực hiện.*$/su, /Từ khóa\s*Không có thông tin\s*Mô tả\s*Không có thông tin/su];

/** Cuts the portal page's interface text ("Chọn cơ quan thực hiện ... Nộp hồ sơ") from crawled fields. */
export function cutInterfaceJunk(raw: string): string {
  let text = raw;
  for (const pattern of interfaceJunk) text = text.replace(pattern, '');
  return text;
}
