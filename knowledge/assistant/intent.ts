// What kind of message this is and which facet of a procedure it asks about. Rules over folded text, so
// questions without diacritics, with abbreviations or small typos still match.
import type { Facet } from '../../contracts/assistant';
import { fold } from '../text/fold';

const has = (text: string, patterns: readonly string[]) => patterns.some((pattern) => text.includes(` ${pattern} `) || text.includes(` ${pattern}`) && text.endsWith(` ${pattern}`));

const facetPatterns: [Facet, string[]][] = [
  ['thoi_han', ['bao lau', 'lay lien', 'lay ngay', 'co ngay khong', 'trong ngay', 'khi nao lay', 'may ngay', 'bao nhieu ngay', 'thoi gian giai quyet', 'thoi han', 'thoi gian', 'khi nao co', 'bao gio co', 'mat may ngay', 'trong bao lau']],
  ['le_phi', ['le phi', 'phi', 'bao nhieu tien', 'het bao nhieu', 'mat bao nhieu', 'ton bao nhieu', 'co mat tien', 'tien', 'chi phi', 'mien phi']],
  ['truc_tuyen', ['online', 'truc tuyen', 'qua mang', 'dich vu cong', 'tren mang', 'qua dien thoai', 'vneid', 'nop qua mang']],
  ['ho_so', ['ho so', 'giay to', 'can mang', 'mang theo', 'can nhung gi', 'can gi', 'mau don', 'to khai', 'chuan bi', 'thanh phan', 'can nhung giay']],
  ['noi_nop', ['o dau', 'noi nop', 'co quan nao', 'nop o', 'lam o dau', 'xin o dau', 'den dau', 'cho nao', 'noi nao', 'dia chi']],
  ['dieu_kien', ['dieu kien', 'co duoc khong', 'co can', 'yeu cau', 'truong hop nao', 'ai duoc', 'co phai', 'duoc khong']],
  ['can_cu', ['can cu', 'luat nao', 'quy dinh nao', 'nghi dinh', 'van ban nao', 'theo luat']],
  ['ket_qua', ['ket qua', 'nhan duoc gi', 'duoc cap gi', 'nhan lai gi']],
  ['trinh_tu', ['cac buoc', 'trinh tu', 'quy trinh', 'nhu the nao', 'lam the nao', 'lam sao', 'cach lam', 'the nao', 'ra sao', 'buoc']],
];

/** A question that names a procedure and nothing else ("Cải chính ngày sinh") asks how to do it: the steps,
 * which the answer follows with documents, time, fee and place. */
export function detectFacet(question: string): Facet {
  // "nộp hồ sơ ở đâu" asks where to submit, not which documents: the verb phrase is not the documents facet.
  const text = ` ${fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `.replace(/ nop (cai )?ho so /gu, ' nop ');
  for (const [facet, patterns] of facetPatterns) if (has(text, patterns)) return facet;
  return 'trinh_tu';
}

const greetings = ['xin chao', 'chao ban', 'chao em', 'chao anh', 'chao chi', 'hello', 'hi', 'alo', 'chao', 'cam on', 'thank'];
const injection = ['bo qua', 'ignore', 'huong dan truoc', 'previous instructions', 'system prompt', 'prompt', 'jailbreak', 'dong vai', 'gia vo la', 'mat khau', 'password', 'quyen admin', 'developer mode'];
const hostile = ['ngu', 'dit', 'dm', 'dcm', 'vcl', 'vl', 'cut', 'do ngu', 'chet di', 'fuck', 'shit'];
const handoff = ['gap can bo', 'gap nguoi', 'nguoi that', 'nhan vien', 'noi chuyen voi nguoi', 'goi can bo', 'tong dai', 'can bo huong dan', 'gap truc tiep'];

export type MessageKind = 'greeting' | 'injection' | 'hostile' | 'handoff' | 'question';

export function classifyMessage(question: string): MessageKind {
  const text = ` ${fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  if (has(text, injection)) return 'injection';
  if (has(text, hostile)) return 'hostile';
  if (has(text, handoff)) return 'handoff';
  const words = text.trim().split(' ');
  if (words.length <= 5 && has(text, greetings)) return 'greeting';
  return 'question';
}

/** "cái thứ hai", "số 2", "2" → index 1 of the offered choices. */
export function choiceIndex(message: string): number | null {
  const text = fold(message);
  const ordinals: [RegExp, number][] = [
    [/\b(thu nhat|so 1|cai 1|1)\b|dau tien/u, 0],
    [/\b(thu hai|thu 2|so 2|cai 2|2)\b/u, 1],
    [/\b(thu ba|thu 3|so 3|cai 3|3)\b/u, 2],
    [/\b(thu tu|thu 4|so 4|cai 4|4)\b/u, 3],
  ];
  if (text.trim().length > 40) return null;
  for (const [pattern, index] of ordinals) if (pattern.test(text)) return index;
  return null;
}
