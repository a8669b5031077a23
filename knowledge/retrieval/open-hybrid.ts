// Opens the hybrid engine over the stored catalogue when a deployer sets EMBEDDING_MODEL: loads the local model
// folder (MODELS_DIR/EMBEDDING_MODEL, never downloaded), reloads or rebuilds the dense index in DATA_DIR.
import { performance } from 'node:perf_hooks';
import type { CatalogueRepository } from '../catalogue/repository';
import { loadTransformersEmbedding } from '../../models/embedding/transformers-embedding';
import type { EmbeddingModel } from '../../models/embedding/embedding-model';
import { openDenseIndex, type DenseIndexBuild } from './dense-index';
import { createHybridEngine, type HybridEngine, type HybridEngineOptions } from './hybrid-engine';
import type { SearchEngine } from './search-engine';

export interface OpenHybridOptions extends HybridEngineOptions {
  dataDir: string;
  modelsDir: string;
  /** Folder name inside modelsDir. */
  embeddingModel: string;
  /** Progress and timing messages (the kb CLI writes them to stderr). */
  log?: (message: string) => void;
  /** Replaces the transformers.js adapter (tests). */
  loadModel?: () => Promise<EmbeddingModel>;
}

export async function openHybridSearchEngine(repository: CatalogueRepository, lexical: SearchEngine, options: OpenHybridOptions): Promise<{ engine: HybridEngine; model: EmbeddingModel; dense: DenseIndexBuild; loadMs: number }> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const model = await (options.loadModel ?? (() => loadTransformersEmbedding({ modelsDir: options.modelsDir, model: options.embeddingModel })))();
  const loadMs = performance.now() - started;
  let lastReport = 0;
  const dense = await openDenseIndex({
    dataDir: options.dataDir,
    model,
    revision: repository.revision(),
    procedures: () => repository.all(),
    onProgress: (done, total) => {
      if (done === total || performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        log(`dense index ${model.id}: embedded ${done}/${total} passages`);
      }
    },
  });
  log(`dense index ${model.id} (${model.dimensions} dimensions, ${dense.index.size} passages): ${dense.reused ? 'reloaded' : 'built'} in ${(dense.ms / 1000).toFixed(2)} s; model loaded in ${(loadMs / 1000).toFixed(2)} s`);
  const engine = createHybridEngine(lexical, dense.index, {
    ...options,
    onDenseError: options.onDenseError ?? ((error) => log(`dense search failed, lexical results only: ${(error as Error).message}`)),
  });
  return { engine, model, dense, loadMs };
}
