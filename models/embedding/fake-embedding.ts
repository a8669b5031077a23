// A fake embedding model for tests: returns the vectors a test configured and records every call. A text with no
// configured vector throws, so a test notices any embedding it did not expect (e.g. on an index reload).
import { EmbeddingModelError, normalise, type EmbeddingKind, type EmbeddingModel } from './embedding-model';

export interface FakeEmbeddingCall {
  texts: string[];
  kind: EmbeddingKind;
}

export interface FakeEmbeddingModel extends EmbeddingModel {
  readonly calls: FakeEmbeddingCall[];
  /** Total number of texts embedded so far. */
  embeddedTexts(): number;
}

export interface FakeEmbeddingOptions {
  id?: string;
  dimensions: number;
  revision?: string;
  /** The vector for a text (normalised by the fake); undefined = not configured. Omit to configure nothing. */
  vectorFor?: (text: string, kind: EmbeddingKind) => ArrayLike<number> | undefined;
}

export function fakeEmbeddingModel(options: FakeEmbeddingOptions): FakeEmbeddingModel {
  const calls: FakeEmbeddingCall[] = [];
  return {
    id: options.id ?? 'fake',
    dimensions: options.dimensions,
    ...(options.revision ? { revision: options.revision } : {}),
    calls,
    embeddedTexts: () => calls.reduce((sum, call) => sum + call.texts.length, 0),
    async embed(texts, kind) {
      calls.push({ texts: [...texts], kind });
      return texts.map((text) => {
        const configured = options.vectorFor?.(text, kind);
        if (!configured) throw new EmbeddingModelError(`fake embedding: no ${kind} vector configured for "${text.slice(0, 60)}"`);
        if (configured.length !== options.dimensions) throw new EmbeddingModelError(`fake embedding: vector of ${configured.length} for ${options.dimensions} dimensions`);
        return normalise(Float32Array.from(configured));
      });
    },
  };
}

/** A deterministic pseudo-random vector for any text (FNV-1a seeded xorshift): distinct texts get unrelated vectors. */
export function hashedVector(text: string, dimensions: number): Float32Array {
  let state = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) state = Math.imul(state ^ text.charCodeAt(index), 0x01000193) >>> 0;
  const vector = new Float32Array(dimensions);
  for (let index = 0; index < dimensions; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    vector[index] = state / 0xffffffff - 0.5;
  }
  return normalise(vector);
}
