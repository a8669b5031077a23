// Folding and tokens for matching: lower case, no diacritics (đ -> d), syllables and adjacent-syllable bigrams.
// Codes ("1.001193") and numbers stay whole so they can be searched as they are written.
import { normalizeText } from './normalize';

export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

const tokenPattern = /\d\.\d{6}|\d+(?:[.,/]\d+)*|[\p{L}]+/gu;

/** Folded syllables of a text, in order. */
export function syllables(text: string): string[] {
  return fold(normalizeText(text)).match(tokenPattern) ?? [];
}

export function bigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index + 1 < tokens.length; index += 1) out.push(`${tokens[index]} ${tokens[index + 1]}`);
  return out;
}

/** Lower-case syllables keeping diacritics, aligned one to one with syllables(). */
export function accentedSyllables(text: string): string[] {
  return normalizeText(text).toLowerCase().match(tokenPattern) ?? [];
}

/** Which syllables are written as names: capitalised inside a sentence ("chồng tôi người Hàn Quốc"). None when most
 * words are capitalised (a title-cased or shouted question says nothing about names). Aligned with syllables(). */
export function namePositions(text: string): boolean[] {
  const normalized = normalizeText(text);
  const names: boolean[] = [];
  for (const match of normalized.matchAll(tokenPattern)) {
    const before = normalized.slice(0, match.index).trimEnd();
    const sentenceStart = before === '' || /[.?!:;\n\-–•]$/u.test(before);
    names.push(!sentenceStart && /^\p{Lu}\p{Ll}/u.test(match[0]));
  }
  return names.filter(Boolean).length * 2 > names.length ? names.map(() => false) : names;
}
