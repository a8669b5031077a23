// The reviewed lexicon: everyday phrases -> official terms. Expansion appends the official terms to the query
// tokens; the phrases themselves stay, so a literal match still counts.
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { accentedSyllables, fold, syllables } from '../text/fold';

export const lexiconFileSchema = z.object({
  description: z.string(),
  entries: z.array(z.object({ say: z.array(z.string().min(1)).min(1), means: z.string().min(1) })).min(1),
});

export interface LexiconEntry {
  /** Folded syllables of the everyday phrase. */
  phrase: string[];
  /** The same syllables with their diacritics, to tell "mất" from "mật" when the question is written with them. */
  accented: string[];
  official: string[];
}

/** The lexicon files: `lexicon.json` and one `lexicon-<area>.json` per area of procedures, so reviewers can own
 * an area. All follow the same schema; a broken file fails loudly with its name. */
export function lexiconFiles(folder: URL = new URL('./', import.meta.url)): URL[] {
  return readdirSync(folder)
    .filter((name) => /^lexicon(-[a-z0-9-]+)?\.json$/u.test(name))
    // The core file first: where phrases of one length overlap, the earlier entry wins.
    .sort((a, b) => Number(b === 'lexicon.json') - Number(a === 'lexicon.json') || a.localeCompare(b))
    .map((name) => new URL(name, folder));
}

function readLexiconFile(url: URL) {
  const parsed = lexiconFileSchema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) throw new Error(`${url.pathname}: ${parsed.error.issues[0]?.message ?? 'invalid lexicon'}`);
  return parsed.data;
}

export function loadLexicon(urls: URL | URL[] = lexiconFiles()): LexiconEntry[] {
  return (Array.isArray(urls) ? urls : [urls])
    .flatMap((url) => readLexiconFile(url).entries)
    .flatMap((entry) => entry.say.map((say) => ({ phrase: syllables(say), accented: accentedSyllables(say), official: syllables(entry.means) })))
    .filter((entry) => entry.phrase.length > 0)
    // Longest phrases first so "mất căn cước" wins over "mất".
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

/** Official terms for every lexicon phrase found in the query (whole syllables), longest first, no overlaps. */
/** A question word matches a phrase word when they fold alike and, if the question wrote diacritics, agree on them. */
const wordMatches = (entry: LexiconEntry, offset: number, folded: string, accented: string | undefined): boolean =>
  entry.phrase[offset] === folded && (!accented || accented === folded || fold(accented) !== folded || accented === entry.accented[offset]);

export function expandWithLexicon(tokens: readonly string[], lexicon: readonly LexiconEntry[], accented: readonly string[] = []): { expansion: string[]; matched: string[] } {
  const used = new Array<boolean>(tokens.length).fill(false);
  // A question written with diacritics means what it wrote even where a word has none: "cho" there is not "chợ".
  const writtenWithDiacritics = accented.length === tokens.length && accented.some((word, index) => word !== tokens[index]);
  const expansion: string[] = [];
  const matched: string[] = [];
  // Where each word occurs: an entry is only tried where its first word is (thousands of entries, a few words).
  const positions = new Map<string, number[]>();
  tokens.forEach((token, index) => positions.set(token, [...(positions.get(token) ?? []), index]));
  for (const entry of lexicon) {
    const length = entry.phrase.length;
    const starts = positions.get(entry.phrase[0]!);
    if (!starts) continue;
    for (const start of starts) {
      if (start + length > tokens.length) continue;
      if (used.slice(start, start + length).some(Boolean)) continue;
      const strict = writtenWithDiacritics && length === 1;
      if (strict && accented[start] !== entry.accented[0]) continue;
      // One word typed without its diacritics could be any of its homographs ("cho" for "chợ"): too weak alone.
      // Abbreviations ("đk" typed "dk") have no vowel and no homograph: they still match.
      if (length === 1 && !writtenWithDiacritics && entry.accented[0] !== entry.phrase[0] && /[aeiouy]/u.test(entry.phrase[0]!)) continue;
      if (entry.phrase.every((_word, offset) => wordMatches(entry, offset, tokens[start + offset]!, accented[start + offset]))) {
        for (let offset = 0; offset < length; offset += 1) used[start + offset] = true;
        expansion.push(...entry.official);
        matched.push(entry.phrase.join(' '));
      }
    }
  }
  return { expansion, matched };
}
