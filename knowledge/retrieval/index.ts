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

/** Opens the engine over the stored catalogue. The index is rebuilt in memory (about 7 s for the full
 * catalogue on 2 cores); a small marker file in DATA_DIR records which catalogue revision the last build saw. */
export function openSearchEngine(repository: CatalogueRepository, dataDir: string): LexicalEngine {
  const engine = createLexicalEngine(repository.all());
  const marker = path.join(dataDir, 'search-index.json');
  const revision = repository.revision();
  const previous = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { revision?: number }).revision : undefined;
  mkdirSync(dataDir, { recursive: true });
  if (previous !== revision) writeFileSync(marker, `${JSON.stringify({ revision, documents: engine.index.documents.length, builtAt: new Date().toISOString() })}\n`);
  return engine;
}

// --- Optional neural retrieval (EMBEDDING_MODEL set): dense index in DATA_DIR + reciprocal-rank fusion. ---
export { buildDenseIndex, openDenseIndex, passageText, type DenseHit, type DenseIndex } from './dense-index';
export { asAsyncSearchEngine, createHybridEngine, hybridWeights, type AsyncSearchEngine, type HybridEngine } from './hybrid-engine';
export { openHybridSearchEngine } from './open-hybrid';
import { asAsyncSearchEngine, type AsyncSearchEngine } from './hybrid-engine';
import { openHybridSearchEngine } from './open-hybrid';

/** The engine the configuration asks for: lexical, or hybrid when EMBEDDING_MODEL names a folder in MODELS_DIR. */
export async function openConfiguredSearchEngine(
  repository: CatalogueRepository,
  config: { DATA_DIR: string; MODELS_DIR: string; EMBEDDING_MODEL: string },
  log?: (message: string) => void,
): Promise<{ kind: 'lexical' | 'hybrid'; engine: AsyncSearchEngine }> {
  const lexical = openSearchEngine(repository, config.DATA_DIR);
  if (!config.EMBEDDING_MODEL) return { kind: 'lexical', engine: asAsyncSearchEngine(lexical) };
  const { engine } = await openHybridSearchEngine(repository, lexical, { dataDir: config.DATA_DIR, modelsDir: config.MODELS_DIR, embeddingModel: config.EMBEDDING_MODEL, ...(log ? { log } : {}) });
  return { kind: 'hybrid', engine };
}
