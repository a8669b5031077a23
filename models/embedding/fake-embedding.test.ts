import { describe, expect, it } from 'vitest';
import { EmbeddingModelError } from './embedding-model';
import { fakeEmbeddingModel, hashedVector } from './fake-embedding';

describe('fake embedding model', () => {
  it('returns configured normalised vectors and records calls', async () => {
    const model = fakeEmbeddingModel({ dimensions: 2, vectorFor: (text) => (text === 'a' ? [3, 4] : undefined) });
    const [vector] = await model.embed(['a'], 'query');
    expect(Array.from(vector!)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
    expect(model.calls).toEqual([{ texts: ['a'], kind: 'query' }]);
    await expect(model.embed(['b'], 'passage')).rejects.toThrow(EmbeddingModelError);
    expect(model.embeddedTexts()).toBe(2);
  });

  it('throws on any text when unconfigured', async () => {
    await expect(fakeEmbeddingModel({ dimensions: 4 }).embed(['x'], 'passage')).rejects.toThrow(/no passage vector configured/u);
  });

  it('hashes texts to stable, distinct unit vectors', () => {
    const a = hashedVector('đăng ký khai sinh', 8);
    expect(Array.from(a)).toEqual(Array.from(hashedVector('đăng ký khai sinh', 8)));
    expect(Array.from(a)).not.toEqual(Array.from(hashedVector('đăng ký kết hôn', 8)));
    expect(Math.hypot(...a)).toBeCloseTo(1, 6);
  });
});
