// Hybrid search: the lexical engine's top candidates and the dense index's nearest passages fused by reciprocal
// rank (k = 60), then a light rerank (relative lexical score, site, a code written in the question first). The answerable decision stays the lexical engine's: a neural neighbour is
// always found, even for a question no procedure covers, so dense evidence alone never makes a question answerable.
import type { DenseHit, DenseIndex } from './dense-index';
import type { SearchEngine, SearchHit, SearchOptions, SearchResponse } from './search-engine';

/** A search engine whose search awaits (the hybrid one embeds the question). */
export interface AsyncSearchEngine {
  search(question: string, options?: SearchOptions): Promise<SearchResponse>;
}

/** Fusion and rerank weights. Untuned defaults: set them from an evaluation with the deployed model. */
export const hybridWeights = {
  /** Reciprocal-rank constant: a list's rank r contributes weight / (k + r). */
  k: 60,
  /** Candidates taken from each list. */
  candidates: 50,
  lexical: 1,
  dense: 1,
  // Rerank nudges, in "first places" (1 = ranked first in one list); with k = 60, 0.1 is worth about 8 ranks.
  /** The lexical rerank score relative to the best one (0..1): among near ties, stronger lexical evidence first. */
  lexicalScore: 0.1,
  /** A procedure the site handles (the lexical engine already prefers them among its own candidates). */
  site: 0.05,
};
export type HybridWeights = typeof hybridWeights;

export interface HybridCandidate extends SearchHit {
  lexicalRank: number | null;
  denseRank: number | null;
  similarity: number | null;
}

export interface HybridEngine extends AsyncSearchEngine {
  readonly lexical: SearchEngine;
  readonly dense: DenseIndex;
  explain(question: string, options?: SearchOptions): Promise<{ candidates: HybridCandidate[]; answerable: boolean; denseFailed: boolean }>;
}

export interface HybridEngineOptions {
  weights?: Partial<HybridWeights>;
  /** Called when the dense side fails; the search then answers from the lexical engine alone. */
  onDenseError?: (error: unknown) => void;
}

export function createHybridEngine(lexical: SearchEngine, dense: DenseIndex, options: HybridEngineOptions = {}): HybridEngine {
  const weights = { ...hybridWeights, ...options.weights };

  async function explain(question: string, searchOptions: SearchOptions = {}) {
    const top = searchOptions.top ?? 10;
    const lexicalResponse = lexical.search(question, { ...searchOptions, top: Math.max(weights.candidates, top) });
    let denseHits: DenseHit[] = [];
    let denseFailed = false;
    try {
      denseHits = await dense.search(question, Math.max(weights.candidates, top));
    } catch (error) {
      denseFailed = true;
      options.onDenseError?.(error);
    }

    const byCode = new Map<string, HybridCandidate & { fused: number; lexicalScore: number | null }>();
    const entry = (code: string, title: string) => {
      let candidate = byCode.get(code);
      if (!candidate) {
        candidate = { code, title, score: 0, lexicalRank: null, denseRank: null, similarity: null, fused: 0, lexicalScore: null };
        byCode.set(code, candidate);
      }
      return candidate;
    };
    lexicalResponse.results.forEach((hit, index) => {
      const candidate = entry(hit.code, hit.title);
      candidate.lexicalRank = index + 1;
      candidate.lexicalScore = hit.score;
      candidate.fused += weights.lexical / (weights.k + index + 1);
    });
    denseHits.forEach((hit, index) => {
      const candidate = entry(hit.code, hit.title);
      candidate.denseRank = index + 1;
      candidate.similarity = hit.similarity;
      candidate.fused += weights.dense / (weights.k + index + 1);
    });

    // Light rerank. Fused scores are expressed in "first places" (1 = ranked first in one list with weight 1).
    const bestLexical = Math.max(0, ...lexicalResponse.results.map((hit) => hit.score));
    const candidates = [...byCode.values()].map((candidate) => {
      const relativeLexical = candidate.lexicalScore !== null && bestLexical > 0 ? Math.max(0, candidate.lexicalScore) / bestLexical : 0;
      const site = searchOptions.siteCodes?.has(candidate.code) ? 1 : 0;
      const score = candidate.fused * (weights.k + 1) + weights.lexicalScore * relativeLexical + weights.site * site;
      return { code: candidate.code, title: candidate.title, score: Math.round(score * 1000) / 1000, lexicalRank: candidate.lexicalRank, denseRank: candidate.denseRank, similarity: candidate.similarity };
    });
    // A procedure code written in the question is what was asked for: it stays first, as in the lexical engine.
    const written = (candidate: HybridCandidate) => (question.includes(candidate.code) ? 1 : 0);
    candidates.sort(
      (a, b) =>
        written(b) - written(a) ||
        b.score - a.score ||
        (a.lexicalRank ?? Infinity) - (b.lexicalRank ?? Infinity) ||
        (a.denseRank ?? Infinity) - (b.denseRank ?? Infinity),
    );
    return { candidates: candidates.slice(0, top), answerable: lexicalResponse.answerable, denseFailed };
  }

  return {
    lexical,
    dense,
    explain,
    async search(question, searchOptions) {
      const { candidates, answerable } = await explain(question, searchOptions);
      return { answerable, results: candidates.map(({ code, title, score }) => ({ code, title, score })) };
    },
  };
}

/** The lexical engine behind the same awaiting interface, for callers that serve either engine. */
export function asAsyncSearchEngine(engine: SearchEngine): AsyncSearchEngine {
  return { search: async (question, options) => engine.search(question, options) };
}
