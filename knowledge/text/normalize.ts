// Canonical form of Vietnamese text used everywhere records and questions are compared:
// Unicode NFC, one tone-placement convention (traditional: hòa, thủy, khỏe), no-break spaces and
// zero-width characters removed, runs of white space folded.
const toneMarks = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const vowels = new Set([...'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY']);
const markedVowels = new Set([...'ăâêôơưĂÂÊÔƠƯ']);

/** Puts the tone mark of one syllable on its canonical vowel. Words that are not Vietnamese syllables pass through. */
export function canonicalSyllable(word: string): string {
  const decomposed = word.normalize('NFD');
  let tone = '';
  let base = '';
  for (const character of decomposed) {
    if (toneMarks.has(character)) {
      if (tone) return word.normalize('NFC'); // two tones: not a syllable, leave as is
      tone = character;
    } else {
      base += character;
    }
  }
  if (!tone) return word.normalize('NFC');
  const letters = [...base.normalize('NFC')];
  let start = letters.findIndex((letter) => vowels.has(letter));
  if (start < 0) return word.normalize('NFC');
  // "qu" and "gi" before another vowel: the u / i belongs to the initial consonant.
  const lowerInitial = letters.slice(0, start + 1).join('').toLowerCase();
  if ((lowerInitial === 'qu' || lowerInitial === 'gi') && letters[start + 1] && vowels.has(letters[start + 1]!)) start += 1;
  let end = start;
  while (end + 1 < letters.length && vowels.has(letters[end + 1]!)) end += 1;
  const cluster = letters.slice(start, end + 1);
  if (cluster.length > 3) return word.normalize('NFC');
  const closed = end + 1 < letters.length;
  let target: number;
  const marked = cluster.map((letter, index) => (markedVowels.has(letter) ? index : -1)).filter((index) => index >= 0);
  if (marked.length > 0) target = marked[marked.length - 1]!;
  else if (cluster.length === 1) target = 0;
  else if (closed) target = cluster.length - 1;
  else if (cluster.length === 2) target = 0;
  else target = 1;
  letters[start + target] = (letters[start + target]! + tone).normalize('NFC');
  return letters.join('').normalize('NFC');
}

// Catalogues repeat a small vocabulary many times: memoise syllables (bounded, so hostile input cannot grow it).
const syllableCache = new Map<string, string>();
const cacheLimit = 200_000;

function cachedSyllable(word: string): string {
  let canonical = syllableCache.get(word);
  if (canonical === undefined) {
    canonical = canonicalSyllable(word);
    if (syllableCache.size < cacheLimit) syllableCache.set(word, canonical);
  }
  return canonical;
}

// Flattened tables glue words together ("tờ khaiSố lượng"): a capital after small letters starts a new syllable.
const syllablePattern = /\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}[\p{Lu}\p{M}]*/gu;

/** NFC, canonical tone placement, clean white space. Safe on any text. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/gu, '')
    .replace(/[\u00A0\u2007\u202F\t\r\f\v]/gu, ' ')
    .replace(/ {2,}/gu, ' ')
    .replace(syllablePattern, cachedSyllable)
    .trim();
}
