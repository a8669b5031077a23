// Embedding adapter for any sentence-transformers ONNX export in a local folder (config.json, tokenizer.json,
// onnx/model.onnx), run by transformers.js on onnxruntime-node. Nothing is ever downloaded: remote models are
// disabled and a missing file is reported with the folder it was looked for in.
//
// Optional `embedding.json` in the model folder:
//   {"queryPrefix": "query: ", "passagePrefix": "passage: ", "pooling": "mean", "dtype": "fp32", "batchSize": 16}
// Without it, folders whose name contains "e5" get the e5 prefixes ("query: " / "passage: "), others none.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import { z } from 'zod';
import { EmbeddingModelError, normalise, type EmbeddingKind, type EmbeddingModel } from './embedding-model';

const dtypeSuffix = { fp32: '', fp16: '_fp16', q8: '_quantized', int8: '_int8', uint8: '_uint8', q4: '_q4' } as const;

export const embeddingSettingsSchema = z.object({
  queryPrefix: z.string().optional(),
  passagePrefix: z.string().optional(),
  pooling: z.enum(['mean', 'cls']).default('mean'),
  /** Which ONNX file of the export: fp32 = onnx/model.onnx, q8 = onnx/model_quantized.onnx, ... */
  dtype: z.enum(['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4']).default('fp32'),
  batchSize: z.number().int().min(1).max(512).default(16),
});
export type EmbeddingSettings = z.infer<typeof embeddingSettingsSchema> & { queryPrefix: string; passagePrefix: string };

export interface TransformersEmbeddingOptions {
  /** MODELS_DIR: the folder holding model folders. */
  modelsDir: string;
  /** EMBEDDING_MODEL: a folder name inside modelsDir (may contain "/", never ".."). */
  model: string;
}

function fail(message: string): never {
  throw new EmbeddingModelError(message);
}

/** Reads embedding.json (optional) and fills in the prefixes. */
export function readEmbeddingSettings(folder: string, model: string): EmbeddingSettings {
  const file = path.join(folder, 'embedding.json');
  let raw: unknown = {};
  if (existsSync(file)) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      fail(`${file}: not valid JSON (${(error as Error).message})`);
    }
  }
  const parsed = embeddingSettingsSchema.safeParse(raw);
  if (!parsed.success) fail(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const e5 = /e5/iu.test(path.basename(model));
  return { ...parsed.data, queryPrefix: parsed.data.queryPrefix ?? (e5 ? 'query: ' : ''), passagePrefix: parsed.data.passagePrefix ?? (e5 ? 'passage: ' : '') };
}

function describe(options: TransformersEmbeddingOptions): string {
  return `EMBEDDING_MODEL=${options.model} in MODELS_DIR=${options.modelsDir || '(empty)'}`;
}

/** Checks the folder before transformers.js sees it, so a mistake gives one clear message. Returns the folder. */
export function resolveModelFolder(options: TransformersEmbeddingOptions): string {
  const where = describe(options);
  if (!options.modelsDir) fail(`MODELS_DIR is empty; EMBEDDING_MODEL needs a model folder inside it / Chưa đặt MODELS_DIR (${where})`);
  if (!options.model || path.isAbsolute(options.model) || options.model.split(/[\\/]/u).includes('..')) fail(`EMBEDDING_MODEL must be a folder name inside MODELS_DIR (${where})`);
  const folder = path.resolve(options.modelsDir, options.model);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    fail(`Embedding model folder not found: ${folder} (${where}). Models are never downloaded; copy a sentence-transformers ONNX export there / Không tìm thấy thư mục mô hình, hệ thống không tự tải mô hình.`);
  }
  return folder;
}

function checkModelFiles(folder: string, dtype: keyof typeof dtypeSuffix, options: TransformersEmbeddingOptions): void {
  const needed = ['config.json', 'tokenizer.json', path.join('onnx', `model${dtypeSuffix[dtype]}.onnx`)];
  const missing = needed.filter((file) => !existsSync(path.join(folder, file)));
  if (missing.length > 0) fail(`Embedding model folder ${folder} lacks ${missing.join(', ')} (${describe(options)}). Models are never downloaded / Thư mục mô hình thiếu tệp.`);
}

/** Size and modification time of the model files and settings: stored vectors are recomputed when they change. */
function fingerprint(folder: string, dtype: keyof typeof dtypeSuffix): string {
  const hash = createHash('sha256');
  for (const file of ['config.json', 'tokenizer.json', 'embedding.json', path.join('onnx', `model${dtypeSuffix[dtype]}.onnx`)]) {
    const full = path.join(folder, file);
    if (!existsSync(full)) continue;
    const stat = statSync(full);
    hash.update(`${file}:${stat.size}:${Math.round(stat.mtimeMs)}\n`);
    if (file === 'embedding.json') hash.update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 12);
}

export interface TransformersEmbeddingModel extends EmbeddingModel {
  readonly folder: string;
  readonly settings: EmbeddingSettings;
}

export async function loadTransformersEmbedding(options: TransformersEmbeddingOptions): Promise<TransformersEmbeddingModel> {
  const folder = resolveModelFolder(options);
  const settings = readEmbeddingSettings(folder, options.model);
  checkModelFiles(folder, settings.dtype, options);
  const { env, pipeline } = await import('@huggingface/transformers');
  // Local files only: no hub, no cache writes, and any URL fetch fails loudly instead of downloading.
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = `${path.resolve(options.modelsDir)}${path.sep}`;
  env.useFSCache = false;
  env.useBrowserCache = false;
  env.fetch = (input: string | URL) => Promise.reject(new EmbeddingModelError(`refusing to fetch ${String(input)}: models are loaded from MODELS_DIR only`));

  let extractor: FeatureExtractionPipeline;
  try {
    extractor = await pipeline('feature-extraction', options.model, { local_files_only: true, dtype: settings.dtype, device: 'cpu' });
  } catch (error) {
    fail(`Could not load the embedding model in ${folder}: ${(error as Error).message}`);
  }

  async function embedBatch(texts: string[]): Promise<Float32Array[]> {
    const output = await extractor(texts, { pooling: settings.pooling, normalize: true });
    const [rows, columns] = output.dims as [number, number];
    const data = output.data as Float32Array;
    return Array.from({ length: rows }, (_, row) => normalise(data.slice(row * columns, (row + 1) * columns)));
  }

  async function embed(texts: string[], kind: EmbeddingKind): Promise<Float32Array[]> {
    const prefix = kind === 'query' ? settings.queryPrefix : settings.passagePrefix;
    const prepared = texts.map((text) => `${prefix}${text.normalize('NFC')}`);
    const vectors: Float32Array[] = [];
    for (let start = 0; start < prepared.length; start += settings.batchSize) vectors.push(...(await embedBatch(prepared.slice(start, start + settings.batchSize))));
    return vectors;
  }

  const probe = await embedBatch(['dimensions']);
  const dimensions = probe[0]?.length ?? 0;
  if (dimensions === 0) fail(`The model in ${folder} returned no vector`);
  return { id: options.model, dimensions, revision: fingerprint(folder, settings.dtype), folder, settings, embed };
}
