// The real embedding path (medium): transformers.js tokenizer + onnxruntime-node over the tiny generated ONNX
// fixture (random weights: the vectors mean nothing, only the plumbing is proven). No network is ever used.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EmbeddingModelError } from './embedding-model';
import { loadTransformersEmbedding, readEmbeddingSettings } from './transformers-embedding';

const fixtures = fileURLToPath(new URL('__fixtures__', import.meta.url));
const norm = (vector: Float32Array) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

describe('transformers.js embedding adapter on the tiny ONNX fixture (medium)', () => {
  it('embeds Vietnamese text into deterministic unit vectors of 16 dimensions', async () => {
    const model = await loadTransformersEmbedding({ modelsDir: fixtures, model: 'tiny-model' });
    expect(model.id).toBe('tiny-model');
    expect(model.dimensions).toBe(16);
    expect(model.revision).toMatch(/^[0-9a-f]{12}$/u);
    const texts = ['đăng ký khai sinh cho con', 'chứng thực bản sao giấy tờ', 'Đăng ký khai sinh cho con'];
    const vectors = await model.embed(texts, 'passage');
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector).toHaveLength(16);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    expect(cosine(vectors[0]!, vectors[1]!)).toBeLessThan(0.999);
    // The tokenizer lower-cases: the same words in other case give the same vector.
    expect(cosine(vectors[0]!, vectors[2]!)).toBeCloseTo(1, 5);
    const again = await model.embed([texts[0]!], 'passage');
    expect(Array.from(again[0]!)).toEqual(Array.from(vectors[0]!));
    // Decomposed (NFD) input is normalised to NFC first.
    const decomposed = await model.embed([texts[0]!.normalize('NFD')], 'query');
    expect(cosine(decomposed[0]!, vectors[0]!)).toBeCloseTo(1, 5);
    expect(await model.embed([], 'query')).toEqual([]);
  });

  it('embeds in batches with the same result as one by one', async () => {
    const model = await loadTransformersEmbedding({ modelsDir: fixtures, model: 'tiny-model' });
    const texts = Array.from({ length: 37 }, (_, index) => `thủ tục số ${index} đăng ký thường trú`);
    const together = await model.embed(texts, 'passage');
    const alone = await model.embed([texts[20]!], 'passage');
    expect(together).toHaveLength(37);
    expect(cosine(together[20]!, alone[0]!)).toBeCloseTo(1, 5);
  });

  it('reports a missing folder or file clearly and never downloads', async () => {
    const { env } = await import('@huggingface/transformers');
    await expect(loadTransformersEmbedding({ modelsDir: fixtures, model: 'multilingual-e5-small' })).rejects.toThrow(/Embedding model folder not found: .*multilingual-e5-small.*never downloaded/su);
    await expect(loadTransformersEmbedding({ modelsDir: '', model: 'tiny-model' })).rejects.toThrow(/MODELS_DIR is empty/u);
    await expect(loadTransformersEmbedding({ modelsDir: fixtures, model: '../__fixtures__/tiny-model' })).rejects.toThrow(EmbeddingModelError);
    const partial = path.join(mkdtempSync(path.join(tmpdir(), 'models-')), 'half-model');
    mkdirSync(partial);
    writeFileSync(path.join(partial, 'config.json'), '{"model_type":"bert"}');
    await expect(loadTransformersEmbedding({ modelsDir: path.dirname(partial), model: 'half-model' })).rejects.toThrow(/lacks tokenizer\.json, onnx[\\/]model\.onnx/u);
    // After a load the library is local-only, and a URL fetch is refused rather than attempted.
    await loadTransformersEmbedding({ modelsDir: fixtures, model: 'tiny-model' });
    expect(env.allowRemoteModels).toBe(false);
    await expect(env.fetch('https://huggingface.co/x/resolve/main/config.json')).rejects.toThrow(/refusing to fetch/u);
  });

  it('reads prefixes from embedding.json, with e5 defaults by folder name', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'models-'));
    const e5 = path.join(root, 'multilingual-e5-small');
    mkdirSync(e5);
    expect(readEmbeddingSettings(e5, 'multilingual-e5-small')).toMatchObject({ queryPrefix: 'query: ', passagePrefix: 'passage: ', pooling: 'mean', dtype: 'fp32' });
    expect(readEmbeddingSettings(fixtures, 'tiny-model')).toMatchObject({ queryPrefix: '', passagePrefix: '' });
    const custom = path.join(root, 'bge-m3');
    mkdirSync(custom);
    writeFileSync(path.join(custom, 'embedding.json'), JSON.stringify({ queryPrefix: 'Q: ', pooling: 'cls', dtype: 'q8' }));
    expect(readEmbeddingSettings(custom, 'bge-m3')).toMatchObject({ queryPrefix: 'Q: ', passagePrefix: '', pooling: 'cls', dtype: 'q8' });
    writeFileSync(path.join(custom, 'embedding.json'), JSON.stringify({ pooling: 'max' }));
    expect(() => readEmbeddingSettings(custom, 'bge-m3')).toThrow(/embedding\.json: pooling/u);
  });

  it('applies the query and passage prefixes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'models-'));
    const folder = path.join(root, 'tiny-e5');
    mkdirSync(path.join(folder, 'onnx'), { recursive: true });
    for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', path.join('onnx', 'model.onnx')]) writeFileSync(path.join(folder, file), readFileSync(path.join(fixtures, 'tiny-model', file)));
    const prefixed = await loadTransformersEmbedding({ modelsDir: root, model: 'tiny-e5' });
    const plain = await loadTransformersEmbedding({ modelsDir: fixtures, model: 'tiny-model' });
    const [query] = await prefixed.embed(['khai sinh'], 'query');
    const [passage] = await prefixed.embed(['khai sinh'], 'passage');
    const [expected] = await plain.embed(['query: khai sinh'], 'query');
    expect(cosine(query!, expected!)).toBeCloseTo(1, 5);
    expect(cosine(query!, passage!)).toBeLessThan(0.9999);
  });
});
