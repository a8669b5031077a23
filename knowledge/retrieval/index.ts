// Public entry points of retrieval.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Procedure } from '../../contracts/procedure';
import type { CatalogueRepository } from '../catalogue/repository';
import { createLexicalEngine, type LexicalEngine } from './lexical-engine';

export type { SearchEngine, SearchHit, SearchOptions, SearchResponse } from './search-engine';
export { createLexicalEngine } from './lexical-engine';
export type { QueryAnalysis } from './query-analysis';

export function createSearchEngine(procedures: readonly Procedure[]): LexicalEngine {
  return createLexicalEngine(procedures);
}

/** Opens the engine over the stored catalogue. The index is rebuilt in memory (about a second for the full
 * catalogue); a small marker file in DATA_DIR records which catalogue revision the last build saw. */
export function openSearchEngine(repository: CatalogueRepository, dataDir: string): LexicalEngine {
  const engine = createLexicalEngine(repository.all());
  const marker = path.join(dataDir, 'search-index.json');
  const revision = repository.revision();
  const previous = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { revision?: number }).revision : undefined;
  mkdirSync(dataDir, { recursive: true });
  if (previous !== revision) writeFileSync(marker, `${JSON.stringify({ revision, documents: engine.index.documents.length, builtAt: new Date().toISOString() })}\n`);
  return engine;
}
