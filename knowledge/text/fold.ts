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
