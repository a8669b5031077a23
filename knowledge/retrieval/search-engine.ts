// What the rest of the product needs from retrieval. The embedded engine (lexical, Vietnamese-aware) and any
// hybrid engine with a neural model implement this same interface.
export interface SearchHit {
  code: string;
  title: string;
  score: number;
}

export interface SearchOptions {
  top?: number;
  /** Prefer procedures this site handles (site profile codes). */
  siteCodes?: ReadonlySet<string>;
}

export interface SearchResponse {
  results: SearchHit[];
  /** False when the question is out of scope or nothing matches well enough to answer. */
  answerable: boolean;
}

export interface SearchEngine {
  search(question: string, options?: SearchOptions): SearchResponse;
}

/** Either engine, as the assistant and the server use it: the lexical one answers at once, a hybrid one after
 * embedding the question. */
export interface AnySearchEngine {
  search(question: string, options?: SearchOptions): SearchResponse | Promise<SearchResponse>;
}
