// Typo tolerance over the catalogue's own vocabulary. Citizens mistype in predictable ways (ch/tr, s/x, d/gi/r,
// l/n, i/y, c/k, missing or swapped letters); a word is corrected only when the correction forms a word pair the
// catalogue actually uses, so correct but rare words are left alone.
const confusions: [string, string][] = [
  ['ch', 'tr'],
  ['tr', 'ch'],
  ['s', 'x'],
  ['x', 's'],
  ['d', 'gi'],
  ['gi', 'd'],
  ['d', 'r'],
  ['r', 'd'],
  ['gi', 'r'],
  ['r', 'gi'],
  ['l', 'n'],
  ['n', 'l'],
  ['i', 'y'],
  ['y', 'i'],
  ['c', 'k'],
  ['k', 'c'],
  ['ng', 'ngh'],
  ['ngh', 'ng'],
  ['g', 'gh'],
  ['gh', 'g'],
  ['n', 'ng'],
  ['ng', 'n'],
  ['t', 'c'],
  ['c', 't'],
];
const letters = 'abcdefghijklmnopqrstuvwxyz';

/** Spelling variants of one folded syllable: confusable initials/finals and edit distance 1. */
export function variants(word: string): Set<string> {
  const out = new Set<string>();
  for (const [from, to] of confusions) {
    if (word.startsWith(from)) out.add(to + word.slice(from.length));
    if (word.endsWith(from)) out.add(word.slice(0, word.length - from.length) + to);
  }
  for (let index = 0; index <= word.length; index += 1) {
    if (index < word.length) out.add(word.slice(0, index) + word.slice(index + 1));
    if (index + 1 < word.length) out.add(word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2));
    for (const letter of letters) {
      if (index < word.length) out.add(word.slice(0, index) + letter + word.slice(index + 1));
      out.add(word.slice(0, index) + letter + word.slice(index));
    }
  }
  out.delete(word);
  return out;
}

export function confusableVariants(word: string): Set<string> {
  const out = new Set<string>();
  for (const [from, to] of confusions) {
    if (word.startsWith(from)) out.add(to + word.slice(from.length));
    if (word.endsWith(from)) out.add(word.slice(0, word.length - from.length) + to);
  }
  out.delete(word);
  return out;
}

export interface Vocabulary {
  words: ReadonlyMap<string, number>;
  pairs: ReadonlyMap<string, number>;
  /** Words and word pairs with their diacritics ("gia hạn"), when the catalogue provides them. */
  accentedWords?: ReadonlyMap<string, number>;
  accentedPairs?: ReadonlyMap<string, number>;
}

/** The words either side of a position, and how often a candidate forms a catalogue pair with them. */
function neighbours(words: readonly string[], index: number, pairs: ReadonlyMap<string, number>) {
  const previous = index > 0 ? words[index - 1]! : null;
  const next = index + 1 < words.length ? words[index + 1]! : null;
  const pairsWith = (candidate: string) =>
    (previous ? (pairs.get(`${previous} ${candidate}`) ?? 0) : 0) + (next ? (pairs.get(`${candidate} ${next}`) ?? 0) : 0);
  return { previous, next, pairsWith };
}

/** Consonant slips of a word written with diacritics: only consonants change, so its vowels and tone, which the
 * citizen did type, are kept ("hạng" -> "hạn", "sóa" -> "xóa", "chín" -> "chính"). */
export function accentedConsonantVariants(word: string): Set<string> {
  const out = confusableVariants(word);
  if (word.startsWith('đ')) out.add(`d${word.slice(1)}`);
  if (word.startsWith('d')) out.add(`đ${word.slice(1)}`);
  if (/[nc]$/u.test(word)) {
    out.add(`${word}h`);
    out.add(`${word}g`);
  }
  out.delete(word);
  return out;
}

/** For a question written with diacritics: a word whose pairs with its neighbours the catalogue (nearly) never
 * writes, while a consonant slip of it forms pairs it writes often, is that slip. Diacritics make this safe where
 * the folded form is not: "con" never becomes "công", since the citizen wrote no circumflex. */
export function correctAccentedTypos(
  accented: readonly string[],
  words: ReadonlyMap<string, number>,
  pairs: ReadonlyMap<string, number>,
  keep: ReadonlySet<string> = new Set(),
  names: readonly boolean[] = [],
): { tokens: string[]; corrections: [string, string][] } {
  const out = [...accented];
  const corrections: [string, string][] = [];
  for (let index = 0; index < out.length; index += 1) {
    const word = out[index]!;
    if (word.length < 3 || /\d/u.test(word) || keep.has(word) || names[index]) continue;
    const { previous, next, pairsWith } = neighbours(out, index, pairs);
    if (!previous && !next) continue;
    const current = pairsWith(word);
    let best: string | null = null;
    let bestScore = 0;
    // A common word is what the citizen meant ("cùng", "khoan"); only a rare one next to a far commoner slip is not.
    const frequency = words.get(word) ?? 0;
    for (const candidate of accentedConsonantVariants(word)) {
      if ((words.get(candidate) ?? 0) <= 5 * frequency) continue;
      const score = pairsWith(candidate);
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (best && bestScore >= 5 && bestScore > 10 * current) {
      corrections.push([word, best]);
      out[index] = best;
    }
  }
  return { tokens: out, corrections };
}

/** Replaces syllables that are unknown, or that form a pair the catalogue never uses while a close spelling does. */
export function correctTypos(
  tokens: readonly string[],
  vocabulary: Vocabulary,
  keep: ReadonlySet<string> = new Set(),
  options: { written?: readonly string[]; names?: readonly boolean[] } = {},
): { tokens: string[]; corrections: [string, string][] } {
  const out = [...tokens];
  const corrections: [string, string][] = [];
  for (let index = 0; index < out.length; index += 1) {
    const word = out[index]!;
    // Two-letter words are mostly function words (gì, tờ, ở); guessing at them does more harm than good. A word
    // without a vowel is an abbreviation ("hkd", "tnmt"): the lexicon reads those, not the speller.
    if (word.length < 3 || /\d/u.test(word) || keep.has(word) || !/[aeiouy]/u.test(word) || options.names?.[index]) continue;
    const { previous, next, pairsWith } = neighbours(out, index, vocabulary.pairs);
    const known = vocabulary.words.has(word);
    const pairKnown = (previous && vocabulary.pairs.has(`${previous} ${word}`)) || (next && vocabulary.pairs.has(`${word} ${next}`));
    if (known && (pairKnown || (!previous && !next))) continue;
    // In a question written with diacritics, a known word that carries them is what the citizen meant; one written
    // bare may only become another bare word ("xon" -> "xong", never "con" -> "công" or "chong" -> "thông").
    const written = options.written?.[index];
    // (A word the catalogue writes once or twice may be the catalogue's own slip: "phườn".)
    const common = (vocabulary.words.get(word) ?? 0) >= 3;
    if (common && written !== undefined && written !== word) continue;
    const bareOnly = known && written === word && vocabulary.accentedWords !== undefined;
    let best: string | null = null;
    let bestScore = 0;
    // A word the catalogue knows is only swapped for a confusable spelling (chú/trú), never an arbitrary edit.
    for (const candidate of known ? confusableVariants(word) : variants(word)) {
      const frequency = vocabulary.words.get(candidate);
      if (!frequency) continue;
      if (bareOnly && (vocabulary.accentedWords!.get(candidate) ?? 0) < 2) continue;
      const pairScore = pairsWith(candidate);
      // A known word is replaced only when the replacement forms a known pair; an unknown one by frequency too.
      const score = known ? pairScore : pairScore * 10 + Math.log1p(frequency);
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (best && (!known || bestScore >= 5)) {
      corrections.push([word, best]);
      out[index] = best;
    }
  }
  return { tokens: out, corrections };
}
