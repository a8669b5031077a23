import { describe, expect, it } from 'vitest';
import { ndcgAt, percentile, rankOfFirstHit, summarise, type JudgedQuestion } from './metrics';

const question = (ranked: string[], relevant: string[], answerable = true): JudgedQuestion => ({ id: 'q', type: 't', relevant: new Set(relevant), ranked, answerable, ms: 1 });

describe('metrics', () => {
  it('finds the first relevant rank', () => {
    expect(rankOfFirstHit(question(['a', 'b', 'c'], ['c']))).toBe(3);
    expect(rankOfFirstHit(question(['a'], ['z']))).toBeNull();
  });
  it('computes nDCG by hand', () => {
    // one relevant at rank 2: (1/log2 3) / 1
    expect(ndcgAt(question(['a', 'b'], ['b']))).toBeCloseTo(1 / Math.log2(3), 6);
  });
  it('summarises hit@k, MRR and out-of-scope handling', () => {
    const summary = summarise([question(['a'], ['a']), question(['x', 'b'], ['b']), question(['c'], [], false), question(['d'], [], true)]);
    expect(summary).toMatchObject({ inScope: 2, hit1: 0.5, hit5: 1, mrr10: 0.75, outOfScope: 2, declinedOutOfScope: 0.5, answeredInScope: 1 });
  });
  it('takes percentiles', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 100], 0.95)).toBe(100);
  });
});
