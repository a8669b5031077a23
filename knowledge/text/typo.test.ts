import { describe, expect, it } from 'vitest';
import { correctTypos, variants } from './typo';

const vocabulary = {
  words: new Map([['dang', 50], ['ky', 50], ['thuong', 20], ['tru', 30], ['chu', 10], ['khai', 40], ['sinh', 40], ['chung', 10], ['thuc', 10]]),
  pairs: new Map([['dang ky', 50], ['ky thuong', 10], ['thuong tru', 20], ['khai sinh', 40], ['chung thuc', 10]]),
};

describe('typo correction', () => {
  it('fixes confusable spellings that the catalogue never pairs ("thường chú" -> "thường trú")', () => {
    expect(correctTypos(['dang', 'ky', 'thuong', 'chu'], vocabulary).tokens).toEqual(['dang', 'ky', 'thuong', 'tru']);
  });
  it('fixes unknown words by edit distance ("khia sinh")', () => {
    expect(correctTypos(['khia', 'sinh'], vocabulary).tokens).toEqual(['khai', 'sinh']);
  });
  it('leaves known pairs, codes and numbers alone', () => {
    expect(correctTypos(['chung', 'thuc', '2', '1.001193'], vocabulary).corrections).toEqual([]);
  });
  it('generates transpositions and confusions', () => {
    expect(variants('chu')).toContain('tru');
    expect(variants('khia')).toContain('khai');
  });
});
