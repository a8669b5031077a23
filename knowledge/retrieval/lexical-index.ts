// Field-weighted BM25 (BM25F) index over the catalogue. Per document and term, the weighted, length-normalised
// term frequency of all fields is computed once at build time, so a search only sums posting weights.
import type { Procedure } from '../../contracts/procedure';
import { accentedSyllables, bigrams, syllables } from '../text/fold';

interface FieldSpec {
  weight: number;
  b: number;
  text: (procedure: Procedure) => string;
}

/** Title matters most. Portal FAQ questions ask about conditions and documents deep in a record, and citizens' life
 * stories match who is eligible (requirements, steps): most of the record is indexed, the body at the weight of the
 * field name (measured from 0.25 to 1: FAQ hit@1 0.660 -> 0.670, fresh-2 0.643 -> 0.667, lexicon-dev 0.887 -> 0.900,
 * no set lower; at 1.3 fresh-3 lost a question). */
export const fields: Record<string, FieldSpec> = {
  title: { weight: 5, b: 0.5, text: (procedure) => procedure.title },
  field: { weight: 1, b: 0.3, text: (procedure) => procedure.field },
  results: { weight: 0.8, b: 0.5, text: (procedure) => procedure.results.join(' . ').slice(0, 600) },
  documents: { weight: 0.4, b: 0.75, text: (procedure) => procedure.documents.slice(0, 40).map((document) => document.name.slice(0, 300)).join(' . ') },
  applicants: { weight: 0.3, b: 0.5, text: (procedure) => procedure.applicants.join(' . ') },
  agencies: { weight: 0.3, b: 0.5, text: (procedure) => procedure.agencies.implementing.join(' . ') },
  body: { weight: 1, b: 0.75, text: (procedure) => `${procedure.steps.map((step) => step.text).join(' . ')} ${procedure.requirements}`.slice(0, 10000) },
};

const k1 = 1.2;

export interface IndexedDocument {
  code: string;
  title: string;
  /** Folded title syllables, for rerank features. */
  titleTokens: string[];
  /** Folded title words with its commas and semicolons kept as commas (" cap , cap lai giay ... "), to see listed actions. */
  titleWithCommas: string;
  communeLevel: boolean;
  /** The title as a phrase to find in a question (" đăng ký giám hộ "): no leading "Thủ tục", no level marker;
   * empty when shorter than three words, too little to say a question names it. */
  namePhrase: string;
  lowQuality: boolean;
  /** A long-established national code (see isEstablishedCode). */
  established: boolean;
  /** Folded syllables of the whole record's main text, for coverage checks. */
  allTokens: Set<string>;
}

export interface LexicalIndex {
  documents: IndexedDocument[];
  /** term -> [document index, saturated weight] pairs, with the term's idf. */
  postings: Map<string, { idf: number; entries: Float64Array }>;
  vocabulary: { words: Map<string, number>; pairs: Map<string, number>; accentedWords: Map<string, number>; accentedPairs: Map<string, number> };
}

/** The title's words without a leading "Thủ tục" and a level marker ("thực hiện tại cấp ..."), padded for a
 * whole-word search. */
export function namePhraseOf(titleTokens: readonly string[]): string {
  const words = titleTokens[0] === 'thu' && titleTokens[1] === 'tuc' ? titleTokens.slice(2) : [...titleTokens];
  const marker = words.findIndex((word, index) => word === 'thuc' && words[index + 1] === 'hien' && words[index + 2] === 'tai');
  const phrase = marker > 2 ? words.slice(0, marker) : words;
  return phrase.length >= 3 ? ` ${phrase.join(' ')} ` : '';
}

/** The national database numbers procedures in order of registration. Codes 1.xxxxxx and 2.xxxxxx below 006000
 * are the long-standing national procedures; later numbers are mostly recent copies of them (the per-level records
 * of the 2025 decentralisation, "thực hiện tại cấp xã") and province-specific ones (3., 5., 6.). Measured: all 264
 * procedures the portal links to its 200 development FAQ questions are below 1.005500, against a third of the
 * catalogue; a small preference for them moved FAQ hit@1 from 0.61 to 0.66 and no citizen set lost. The commune
 * preference still wins for a short citizen question, whose answer is the commune copy. */
export function isEstablishedCode(code: string): boolean {
  const match = /^([12])\.(\d{6})$/.exec(code);
  return match !== null && Number(match[2]) < 6000;
}

export function termsOf(tokens: readonly string[]): string[] {
  return [...tokens.map((token) => `u:${token}`), ...bigrams(tokens).map((pair) => `b:${pair}`)];
}

export function buildLexicalIndex(procedures: readonly Procedure[]): LexicalIndex {
  const fieldNames = Object.keys(fields);
  const perDocument: Map<string, number>[][] = [];
  const lengths: Record<string, number[]> = Object.fromEntries(fieldNames.map((name) => [name, []]));
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  // Word pairs as written, for typo correction of questions written with diacritics (short fields only).
  const accentedPairs = new Map<string, number>();
  const accentedWords = new Map<string, number>();
  const documents: IndexedDocument[] = [];
  for (const procedure of procedures) {
    const counts: Map<string, number>[] = [];
    const all = new Set<string>();
    let titleTokens: string[] = [];
    for (const name of fieldNames) {
      const tokens = syllables(fields[name]!.text(procedure));
      if (name === 'title') titleTokens = tokens;
      const termCounts = new Map<string, number>();
      for (const term of termsOf(tokens)) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
      counts.push(termCounts);
      lengths[name]!.push(tokens.length);
      if (name !== 'body') for (const token of tokens) all.add(token);
      if (name === 'title' || name === 'documents' || name === 'results' || name === 'field') {
        const written = accentedSyllables(fields[name]!.text(procedure));
        for (const word of written) accentedWords.set(word, (accentedWords.get(word) ?? 0) + 1);
        for (const pair of bigrams(written)) accentedPairs.set(pair, (accentedPairs.get(pair) ?? 0) + 1);
      }
      for (const token of tokens) words.set(token, (words.get(token) ?? 0) + 1);
      for (const pair of bigrams(tokens)) pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    perDocument.push(counts);
    documents.push({
      code: procedure.code,
      title: procedure.title,
      titleTokens,
      titleWithCommas: ` ${procedure.title.split(/[,;]/u).map((part) => syllables(part).join(' ')).join(' , ')} `,
      communeLevel: procedure.levels.includes('commune'),
      namePhrase: namePhraseOf(titleTokens),
      established: isEstablishedCode(procedure.code),
      lowQuality: procedure.qualityFlags.some((flag) => flag === 'metadata_only' || flag === 'suspicious_title' || flag === 'duplicate_title'),
      allTokens: all,
    });
  }
  const averages = fieldNames.map((name) => Math.max(1, lengths[name]!.reduce((sum, value) => sum + value, 0) / Math.max(1, procedures.length)));
  const weighted = new Map<string, number[]>();
  perDocument.forEach((counts, documentIndex) => {
    const combined = new Map<string, number>();
    counts.forEach((termCounts, fieldIndex) => {
      const spec = fields[fieldNames[fieldIndex]!]!;
      const norm = 1 - spec.b + (spec.b * lengths[fieldNames[fieldIndex]!]![documentIndex]!) / averages[fieldIndex]!;
      for (const [term, count] of termCounts) combined.set(term, (combined.get(term) ?? 0) + (spec.weight * count) / norm);
    });
    for (const [term, value] of combined) {
      let list = weighted.get(term);
      if (!list) weighted.set(term, (list = []));
      list.push(documentIndex, value / (k1 + value));
    }
  });
  const total = procedures.length;
  const postings = new Map<string, { idf: number; entries: Float64Array }>();
  for (const [term, list] of weighted) {
    const documentFrequency = list.length / 2;
    const idf = Math.log(1 + (total - documentFrequency + 0.5) / (documentFrequency + 0.5));
    postings.set(term, { idf, entries: Float64Array.from(list) });
  }
  return { documents, postings, vocabulary: { words, pairs, accentedWords, accentedPairs } };
}
