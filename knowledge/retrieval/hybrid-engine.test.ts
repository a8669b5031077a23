// Reciprocal-rank fusion of lexical and dense candidates, with a fake embedding model whose vectors the test sets.
import { describe, expect, it } from 'vitest';
import { fakeEmbeddingModel, hashedVector } from '../../models/embedding/fake-embedding';
import { loadSampleCatalogue } from '../sample/seed';
import { buildDenseIndex, passageText, type DenseIndex } from './dense-index';
import { createHybridEngine } from './hybrid-engine';
import { createSearchEngine } from './index';
import type { SearchEngine } from './search-engine';

const procedures = loadSampleCatalogue();
const lexical = createSearchEngine(procedures);
const dimensions = 32;
const axis = (index: number) => Float32Array.from({ length: dimensions }, (_, position) => (position === index ? 1 : 0));
const byCode = (code: string) => procedures.find((procedure) => procedure.code === code)!;

/** Passages get unrelated pseudo-random vectors, except the targets; listed questions point at a target. */
function fakeModel(targets: Record<string, number>, questions: Record<string, number>) {
  const passages = new Map(Object.entries(targets).map(([code, index]) => [passageText(byCode(code)), index]));
  return fakeEmbeddingModel({
    dimensions,
    vectorFor: (text, kind) => {
      const index = kind === 'passage' ? passages.get(text) : questions[text];
      return index === undefined ? hashedVector(`${kind}:${text}`, dimensions) : axis(index);
    },
  });
}

// The sample has 46 procedures: with 50 candidates per list every procedure would be in both lists. Five per list
// stand for a full catalogue, where the lexical and dense lists differ.
const small = { weights: { candidates: 5 } };

describe('hybrid engine (sample catalogue, fake embeddings)', () => {
  it('fusion brings a dense-only match into the results', async () => {
    const question = 'zqx wvk';
    const target = '1.004884'; // Thủ tục đăng ký lại khai sinh: the question has no word of any record.
    expect(lexical.search(question, { top: 50 }).results.map((hit) => hit.code)).not.toContain(target);
    const model = fakeModel({ [target]: 0 }, { [question]: 0 });
    const hybrid = createHybridEngine(lexical, await buildDenseIndex(procedures, model), small);
    const { candidates } = await hybrid.explain(question, { top: 5 });
    const found = candidates.find((candidate) => candidate.code === target);
    expect(found).toMatchObject({ lexicalRank: null, denseRank: 1, similarity: expect.closeTo(1, 3), title: byCode(target).title });
    const response = await hybrid.search(question, { top: 5 });
    expect(response.results.map((hit) => hit.code)).toContain(target);
    expect(response.results).toHaveLength(5);
    expect(Object.keys(response.results[0]!).sort()).toEqual(['code', 'score', 'title']);
  });

  it('keeps the lexical answerable decision: a dense neighbour never makes an out-of-scope question answerable', async () => {
    const outOfScope = 'giá vàng hôm nay bao nhiêu';
    const inScope = 'đăng ký khai sinh cho con';
    const model = fakeModel({ '1.011606': 1, '1.001193': 2 }, { [outOfScope]: 1, [inScope]: 2 });
    const hybrid = createHybridEngine(lexical, await buildDenseIndex(procedures, model), small);
    const declined = await hybrid.search(outOfScope);
    expect(declined.answerable).toBe(false);
    expect(declined.results.map((hit) => hit.code)).toContain('1.011606');
    const answered = await hybrid.search(inScope);
    expect(answered.answerable).toBe(true);
    expect(answered.results[0]?.code).toBe('1.001193');
    expect((await hybrid.search('em bé mới chào đời')).answerable).toBe(lexical.search('em bé mới chào đời').answerable);
  });

  it('keeps a procedure code written in the question first, and agreement of both lists on top', async () => {
    const model = fakeModel({ '1.000656': 3, '1.001193': 4 }, { '1.012812': 3, 'Thủ tục đăng ký khai sinh': 4 });
    const hybrid = createHybridEngine(lexical, await buildDenseIndex(procedures, model));
    expect((await hybrid.search('1.012812', { top: 5 })).results[0]?.code).toBe('1.012812');
    expect((await hybrid.search('Thủ tục đăng ký khai sinh', { top: 5 })).results[0]?.code).toBe('1.001193');
  });
});

describe('reciprocal-rank fusion arithmetic', () => {
  const hit = (code: string, score: number) => ({ code, title: `title ${code}`, score });
  const stubLexical: SearchEngine = { search: () => ({ answerable: true, results: [hit('A', 3), hit('B', 2), hit('C', 1)] }) };
  const stubDense = (codes: string[], fail = false): DenseIndex => ({
    model: fakeEmbeddingModel({ dimensions: 2 }),
    size: codes.length,
    searchVector: () => [],
    search: async () => {
      if (fail) throw new Error('model crashed');
      return codes.map((code, index) => ({ code, title: `title ${code}`, similarity: 0.9 - index / 10 }));
    },
  });

  it('adds 1/(k + rank) per list, then the light rerank bonuses', async () => {
    const hybrid = createHybridEngine(stubLexical, stubDense(['C', 'D']), { weights: { lexicalScore: 0, site: 0.5 } });
    // Fusion alone puts B (lexical 2, dense 1) before A (lexical 1, dense 3); A's lexical score (3 of 3 against
    // B's 2 of 3) turns that round when the nudge is strong enough.
    const order = async (lexicalScore: number) => (await createHybridEngine(stubLexical, stubDense(['B', 'X', 'A']), { weights: { lexicalScore } }).explain('x')).candidates.map((candidate) => candidate.code);
    expect((await order(0)).slice(0, 2)).toEqual(['B', 'A']);
    expect((await order(1)).slice(0, 2)).toEqual(['A', 'B']);
    const { candidates } = await hybrid.explain('x', { siteCodes: new Set(['D']) });
    const expected = (ranks: number[]) => Math.round(ranks.reduce((sum, rank) => sum + 61 / (60 + rank), 0) * 1000) / 1000;
    expect(candidates.map((candidate) => candidate.code)).toEqual(['C', 'D', 'A', 'B']);
    expect(candidates[0]).toMatchObject({ score: expected([3, 1]), lexicalRank: 3, denseRank: 1 });
    expect(candidates[1]!.score).toBeCloseTo(expected([2]) + 0.5, 3);
    expect(candidates[2]!.score).toBe(expected([1]));
  });

  it('answers from the lexical engine alone when the dense side fails', async () => {
    const errors: unknown[] = [];
    const hybrid = createHybridEngine(stubLexical, stubDense([], true), { onDenseError: (error) => errors.push(error) });
    const { candidates, answerable, denseFailed } = await hybrid.explain('x');
    expect(denseFailed).toBe(true);
    expect(errors).toHaveLength(1);
    expect(answerable).toBe(true);
    expect(candidates.map((candidate) => candidate.code)).toEqual(['A', 'B', 'C']);
  });
});
