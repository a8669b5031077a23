// The lexical index persisted in DATA_DIR, so a restart loads it instead of rebuilding it (about 7 s for the full
// catalogue on 2 cores). One file: a length-prefixed JSON header (documents, terms, vocabulary) followed by every
// posting list as one run of float64 (document index, weight pairs), so scores are identical to a fresh build.
// The file is reused only for the same catalogue revision and the same index layout; anything else rebuilds it.
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { fields, type IndexedDocument, type LexicalIndex } from './lexical-index';

/** Bump when tokenisation or the document shape changes; field weights are part of the key already. */
const layoutVersion = 3;

export function indexLayoutKey(): string {
  const spec = Object.entries(fields).map(([name, field]) => `${name}:${field.weight}:${field.b}`);
  return `${layoutVersion}|${spec.join(',')}`;
}

const headerSchema = z.object({
  layout: z.string(),
  revision: z.number(),
  documents: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      titleTokens: z.array(z.string()),
      titleWithCommas: z.string(),
      communeLevel: z.boolean(),
      namePhrase: z.string(),
      lowQuality: z.boolean(),
      established: z.boolean(),
      allTokens: z.array(z.string()),
    }),
  ),
  /** [term, idf, offset into the float64 run, number of float64 values]. */
  terms: z.array(z.tuple([z.string(), z.number(), z.number(), z.number()])),
  vocabulary: z.object({
    words: z.array(z.tuple([z.string(), z.number()])),
    pairs: z.array(z.tuple([z.string(), z.number()])),
    accentedWords: z.array(z.tuple([z.string(), z.number()])),
    accentedPairs: z.array(z.tuple([z.string(), z.number()])),
  }),
});

/** Writes the index atomically (a temporary file renamed into place). */
export function saveLexicalIndex(index: LexicalIndex, file: string, revision: number): void {
  let total = 0;
  const terms: [string, number, number, number][] = [];
  for (const [term, posting] of index.postings) {
    terms.push([term, posting.idf, total, posting.entries.length]);
    total += posting.entries.length;
  }
  const header = {
    layout: indexLayoutKey(),
    revision,
    documents: index.documents.map((document) => ({ ...document, allTokens: [...document.allTokens] })),
    terms,
    vocabulary: {
      words: [...index.vocabulary.words],
      pairs: [...index.vocabulary.pairs],
      accentedWords: [...index.vocabulary.accentedWords],
      accentedPairs: [...index.vocabulary.accentedPairs],
    },
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  // The float64 run starts on an 8-byte boundary so it can be read in place.
  const prefix = Buffer.alloc(8);
  const padding = (8 - ((8 + json.length) % 8)) % 8;
  prefix.writeBigUInt64LE(BigInt(json.length));
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = openSync(temporary, 'w');
  try {
    writeSync(handle, prefix);
    writeSync(handle, json);
    writeSync(handle, Buffer.alloc(padding));
    // Written list by list: one buffer of the whole run would double the peak memory.
    for (const posting of index.postings.values()) writeSync(handle, Buffer.from(posting.entries.buffer, posting.entries.byteOffset, posting.entries.byteLength));
  } finally {
    closeSync(handle);
  }
  renameSync(temporary, file);
}

/** The stored index, or null when it is missing, from another revision or layout, or unreadable. */
export function loadLexicalIndex(file: string, revision: number): LexicalIndex | null {
  if (!existsSync(file)) return null;
  try {
    const bytes = readFileSync(file);
    const length = Number(bytes.readBigUInt64LE(0));
    const parsed = headerSchema.safeParse(JSON.parse(bytes.subarray(8, 8 + length).toString('utf8')));
    if (!parsed.success) return null;
    const header = parsed.data;
    if (header.layout !== indexLayoutKey() || header.revision !== revision) return null;
    const start = 8 + length + ((8 - ((8 + length) % 8)) % 8);
    const values = (bytes.length - start) / 8;
    if (!Number.isInteger(values)) return null;
    // Read in place when the bytes sit on an 8-byte boundary (they do for a file read whole); copy otherwise.
    const aligned = (bytes.byteOffset + start) % 8 === 0;
    const run = aligned ? new Float64Array(bytes.buffer, bytes.byteOffset + start, values) : new Float64Array(Uint8Array.prototype.slice.call(bytes, start).buffer);
    const postings = new Map<string, { idf: number; entries: Float64Array }>();
    for (const [term, idf, offset, count] of header.terms) {
      if (offset + count > run.length) return null;
      postings.set(term, { idf, entries: run.subarray(offset, offset + count) });
    }
    const documents: IndexedDocument[] = header.documents.map((document) => ({ ...document, allTokens: new Set(document.allTokens) }));
    return {
      documents,
      postings,
      vocabulary: {
        words: new Map(header.vocabulary.words),
        pairs: new Map(header.vocabulary.pairs),
        accentedWords: new Map(header.vocabulary.accentedWords),
        accentedPairs: new Map(header.vocabulary.accentedPairs),
      },
    };
  } catch {
    return null;
  }
}
