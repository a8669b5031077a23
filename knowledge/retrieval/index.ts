// Public entry points of retrieval.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Procedure } from '../../contracts/procedure';
import type { CatalogueRepository } from '../catalogue/repository';
import { loadLexicalIndex, saveLexicalIndex } from './index-store';
import { createLexicalEngine, type LexicalEngine } from './lexical-engine';

export type { SearchEngine, SearchHit, SearchOptions, SearchResponse } from './search-engine';
export { createLexicalEngine } from './lexical-engine';
export type { QueryAnalysis } from './query-analysis';

export function createSearchEngine(procedures: readonly Procedure[]): LexicalEngine {
  return createLexicalEngine(procedures);
}

/** Opens the engine over the stored catalogue: the index persisted in DATA_DIR when it was built from this catalogue
 * revision with this index layout, else a fresh build (about 7 s for the full catalogue on 2 cores), then saved. */
export function openSearchEngine(repository: CatalogueRepository, dataDir: string, log?: (message: string) => void): LexicalEngine {
  const file = path.join(dataDir, 'lexical-index.bin');
  const revision = repository.revision();
  const stored = loadLexicalIndex(file, revision);
  if (stored) {
    log?.(`search index loaded from ${file} (${stored.documents.length} procedures)`);
    return createLexicalEngine([], undefined, stored);
  }
  const engine = createLexicalEngine(repository.all());
  log?.(`search index built for ${engine.index.documents.length} procedures`);
  try {
    mkdirSync(dataDir, { recursive: true });
    saveLexicalIndex(engine.index, file, revision);
  } catch (error) {
    // A read-only DATA_DIR costs the next start a rebuild, nothing else.
    log?.(`search index not saved: ${error instanceof Error ? error.message : String(error)}`);
  }
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
  const lexical = openSearchEngine(repository, config.DATA_DIR, log);
  if (!config.EMBEDDING_MODEL) return { kind: 'lexical', engine: asAsyncSearchEngine(lexical) };
  const { engine } = await openHybridSearchEngine(repository, lexical, { dataDir: config.DATA_DIR, modelsDir: config.MODELS_DIR, embeddingModel: config.EMBEDDING_MODEL, ...(log ? { log } : {}) });
  return { kind: 'hybrid', engine };
}
