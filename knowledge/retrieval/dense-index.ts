// Dense (neural) index of the catalogue: one passage per procedure (title, field, first documents), embedded with
// an EmbeddingModel and kept in an HNSW graph (hnswlib-node, cosine). Persisted in DATA_DIR as
// `dense-<model>.hnsw` plus a JSON sidecar (catalogue revision, model, code order); reloaded when the catalogue
// revision and the model match, rebuilt otherwise. Used only when a deployer configures EMBEDDING_MODEL.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type hnswlibModule from 'hnswlib-node';
import { z } from 'zod';
import type { Procedure } from '../../contracts/procedure';
import type { EmbeddingModel } from '../../models/embedding/embedding-model';

type Graph = InstanceType<typeof hnswlibModule.HierarchicalNSW>;

/** hnswlib-node (native) is loaded on first use, so the lexical-only product never loads it. */
async function hnsw(): Promise<typeof hnswlibModule> {
  return (await import('hnswlib-node')).default;
}

/** Bump when passageText changes: stored vectors of the old wording are then rebuilt. */
export const passageFormat = 1;

const hnswParameters = { m: 16, efConstruction: 200, randomSeed: 100, efSearch: 128 };

export interface DenseHit {
  code: string;
  title: string;
  /** Cosine similarity of question and passage, -1..1. */
  similarity: number;
}

export interface DenseIndex {
  readonly model: EmbeddingModel;
  readonly size: number;
  search(question: string, top?: number): Promise<DenseHit[]>;
  /** Nearest passages to an already embedded query vector. */
  searchVector(vector: Float32Array, top?: number): DenseHit[];
}

export interface DenseIndexBuild {
  index: DenseIndex;
  /** True when the stored index was reused without embedding anything. */
  reused: boolean;
  /** Time to open (reload) or build, embedding included. */
  ms: number;
  /** Time spent embedding passages (0 on reload). */
  embedMs: number;
}

/** The text embedded for a procedure: what a citizen would recognise it by. */
export function passageText(procedure: Procedure): string {
  const parts = [procedure.title.trim()];
  if (procedure.field.trim()) parts.push(`Lĩnh vực: ${procedure.field.trim()}`);
  const documents = procedure.documents
    .map((document) => document.name.replace(/\s+/gu, ' ').trim())
    .filter((name) => name.length > 0)
    .slice(0, 5)
    .map((name) => (name.length > 120 ? `${name.slice(0, 119)}…` : name));
  if (documents.length > 0) parts.push(`Giấy tờ: ${documents.join('; ')}`);
  return parts.join('. ').slice(0, 1000);
}

const sidecarSchema = z.object({
  format: z.literal(1),
  passageFormat: z.number(),
  revision: z.number(),
  modelId: z.string(),
  modelRevision: z.string().nullable(),
  dimensions: z.number().int().positive(),
  codes: z.array(z.string()),
  titles: z.array(z.string()),
  builtAt: z.string(),
  embedMs: z.number(),
});
type Sidecar = z.infer<typeof sidecarSchema>;

/** The two files of a model's index in DATA_DIR. */
export function denseIndexFiles(dataDir: string, modelId: string): { graph: string; sidecar: string } {
  const name = `dense-${modelId.replace(/[^A-Za-z0-9._-]+/gu, '_')}`;
  return { graph: path.join(dataDir, `${name}.hnsw`), sidecar: path.join(dataDir, `${name}.json`) };
}

function wrap(model: EmbeddingModel, graph: Graph | null, codes: readonly string[], titles: readonly string[]): DenseIndex {
  const searchVector = (vector: Float32Array, top = 50): DenseHit[] => {
    if (!graph || codes.length === 0) return [];
    const k = Math.min(top, codes.length);
    graph.setEf(Math.max(hnswParameters.efSearch, k));
    const { neighbors, distances } = graph.searchKnn(Array.from(vector), k);
    return neighbors.map((label, rank) => ({ code: codes[label]!, title: titles[label]!, similarity: Math.round((1 - distances[rank]!) * 10000) / 10000 }));
  };
  return {
    model,
    size: codes.length,
    searchVector,
    async search(question, top = 50) {
      if (codes.length === 0) return [];
      const [vector] = await model.embed([question], 'query');
      return searchVector(vector!, top);
    },
  };
}

async function embedAll(procedures: readonly Procedure[], model: EmbeddingModel, batchSize: number, onProgress?: (done: number, total: number) => void): Promise<{ graph: Graph | null; embedMs: number }> {
  if (procedures.length === 0) return { graph: null, embedMs: 0 };
  const graph = new (await hnsw()).HierarchicalNSW('cosine', model.dimensions);
  graph.initIndex(procedures.length, hnswParameters.m, hnswParameters.efConstruction, hnswParameters.randomSeed);
  let embedMs = 0;
  for (let start = 0; start < procedures.length; start += batchSize) {
    const batch = procedures.slice(start, start + batchSize);
    const started = performance.now();
    const vectors = await model.embed(batch.map(passageText), 'passage');
    embedMs += performance.now() - started;
    if (vectors.length !== batch.length) throw new Error(`embedding model ${model.id} returned ${vectors.length} vectors for ${batch.length} passages`);
    vectors.forEach((vector, offset) => {
      if (vector.length !== model.dimensions) throw new Error(`embedding model ${model.id} returned ${vector.length} dimensions, expected ${model.dimensions}`);
      graph.addPoint(Array.from(vector), start + offset);
    });
    onProgress?.(Math.min(start + batchSize, procedures.length), procedures.length);
  }
  return { graph, embedMs };
}

/** Builds an index in memory only (tests, small catalogues). */
export async function buildDenseIndex(procedures: readonly Procedure[], model: EmbeddingModel, batchSize = 64): Promise<DenseIndex> {
  const { graph } = await embedAll(procedures, model, batchSize);
  return wrap(model, graph, procedures.map((procedure) => procedure.code), procedures.map((procedure) => procedure.title));
}

export interface OpenDenseIndexOptions {
  dataDir: string;
  model: EmbeddingModel;
  /** The catalogue revision (CatalogueRepository.revision()). */
  revision: number;
  /** The procedures, read only when the index has to be rebuilt. */
  procedures: readonly Procedure[] | (() => readonly Procedure[]);
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

function readSidecar(file: string): Sidecar | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Reloads the stored index when catalogue revision and model match; otherwise embeds every passage and stores it. */
export async function openDenseIndex(options: OpenDenseIndexOptions): Promise<DenseIndexBuild> {
  const started = performance.now();
  const { model } = options;
  const files = denseIndexFiles(options.dataDir, model.id);
  const stored = readSidecar(files.sidecar);
  const matches =
    stored !== null &&
    stored.revision === options.revision &&
    stored.modelId === model.id &&
    stored.modelRevision === (model.revision ?? null) &&
    stored.dimensions === model.dimensions &&
    stored.passageFormat === passageFormat;
  if (matches) {
    if (stored.codes.length === 0) return { index: wrap(model, null, [], []), reused: true, ms: performance.now() - started, embedMs: 0 };
    if (existsSync(files.graph)) {
      try {
        const graph = new (await hnsw()).HierarchicalNSW('cosine', model.dimensions);
        graph.readIndexSync(files.graph);
        if (graph.getCurrentCount() === stored.codes.length) {
          return { index: wrap(model, graph, stored.codes, stored.titles), reused: true, ms: performance.now() - started, embedMs: 0 };
        }
      } catch {
        // A damaged file is rebuilt below.
      }
    }
  }

  const procedures = typeof options.procedures === 'function' ? options.procedures() : options.procedures;
  const { graph, embedMs } = await embedAll(procedures, model, options.batchSize ?? 64, options.onProgress);
  const sidecar: Sidecar = {
    format: 1,
    passageFormat,
    revision: options.revision,
    modelId: model.id,
    modelRevision: model.revision ?? null,
    dimensions: model.dimensions,
    codes: procedures.map((procedure) => procedure.code),
    titles: procedures.map((procedure) => procedure.title),
    builtAt: new Date().toISOString(),
    embedMs: Math.round(embedMs),
  };
  mkdirSync(options.dataDir, { recursive: true });
  // Graph first, then the sidecar that vouches for it; each written to a temporary name and renamed.
  if (graph) {
    graph.writeIndexSync(`${files.graph}.tmp`);
    renameSync(`${files.graph}.tmp`, files.graph);
  } else {
    rmSync(files.graph, { force: true });
  }
  writeFileSync(`${files.sidecar}.tmp`, `${JSON.stringify(sidecar)}\n`);
  renameSync(`${files.sidecar}.tmp`, files.sidecar);
  return { index: wrap(model, graph, sidecar.codes, sidecar.titles), reused: false, ms: performance.now() - started, embedMs };
}
