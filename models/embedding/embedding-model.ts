// Embedding port: texts in, unit-length vectors out. Questions and catalogue passages are embedded with their own
// kind because some models (multilingual-e5) expect a different prefix for each. Adapters: any sentence-transformers
// ONNX export in a local folder (transformers-embedding.ts); a fake for tests (fake-embedding.ts).
export type EmbeddingKind = 'query' | 'passage';

export interface EmbeddingModel {
  /** Stable name of the model (the folder name for local exports); indexes built with it are stored under it. */
  readonly id: string;
  readonly dimensions: number;
  /** Changes when the model's files or settings change, so stored vectors are recomputed. Optional. */
  readonly revision?: string;
  /** One L2-normalised vector per text, in order. */
  embed(texts: string[], kind: EmbeddingKind): Promise<Float32Array[]>;
}

export class EmbeddingModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddingModelError';
  }
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
export function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let index = 0; index < vector.length; index += 1) vector[index] = vector[index]! / norm;
  return vector;
}
