import { describe, expect, it } from 'vitest';
import { accentedConsonantVariants, correctAccentedTypos, correctTypos, variants } from './typo';

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
  it('leaves abbreviations to the lexicon: a word without a vowel is never respelled', () => {
    const withAbbreviation = { words: new Map([['ho', 50], ['hd', 50]]), pairs: new Map([['ho hd', 50]]) };
    expect(correctTypos(['ho', 'hkd'], withAbbreviation).corrections).toEqual([]);
  });
  it('in a question written with diacritics, respells no known word the citizen wrote with them', () => {
    // "thường chú" folded would become "thường trú"; written "thường chú" was handled on its diacritics already.
    expect(correctTypos(['dang', 'ky', 'thuong', 'chu'], vocabulary, new Set(), { written: ['đăng', 'ký', 'thường', 'chú'] }).corrections).toEqual([]);
    // A bare word may only become a word the catalogue also writes bare ("xon" -> "xong", never "chu" -> "trú").
    const bare = { ...vocabulary, accentedWords: new Map([['trú', 30], ['chu', 1]]) };
    expect(correctTypos(['dang', 'ky', 'thuong', 'chu'], bare, new Set(), { written: ['đăng', 'ký', 'thường', 'chu'] }).corrections).toEqual([]);
    const bareTarget = { ...vocabulary, accentedWords: new Map([['tru', 5]]) };
    expect(correctTypos(['dang', 'ky', 'thuong', 'chu'], bareTarget, new Set(), { written: ['đăng', 'ký', 'thường', 'chu'] }).tokens).toEqual(['dang', 'ky', 'thuong', 'tru']);
  });
  it('generates transpositions and confusions', () => {
    expect(variants('chu')).toContain('tru');
    expect(variants('khia')).toContain('khai');
  });
});

describe('typo correction with diacritics', () => {
  const words = new Map([['gia', 300], ['hạn', 2600], ['hạng', 300], ['cải', 200], ['chính', 10000], ['chín', 0], ['giếng', 30], ['khoan', 20], ['khoang', 9], ['xóa', 290], ['đăng', 9000], ['con', 5000], ['công', 9000]]);
  const pairs = new Map([['gia hạn', 900], ['cải chính', 99], ['chín ngày', 2], ['chính ngày', 1], ['xóa đăng', 280], ['giếng khoang', 6], ['cho con', 400], ['cho công', 30]]);
  it('keeps the written vowels and tone and fixes only the consonant slip', () => {
    expect(correctAccentedTypos(['gia', 'hạng', 'giấy'], words, pairs).tokens).toEqual(['gia', 'hạn', 'giấy']);
    expect(correctAccentedTypos(['cải', 'chín', 'ngày'], words, pairs).tokens).toEqual(['cải', 'chính', 'ngày']);
    expect(correctAccentedTypos(['sóa', 'đăng', 'ký'], words, pairs).tokens).toEqual(['xóa', 'đăng', 'ký']);
  });
  it('never respells a name ("Hàn Quốc" is not "hành quốc")', () => {
    expect(correctAccentedTypos(['gia', 'hạng'], words, pairs).corrections).toHaveLength(1);
    expect(correctAccentedTypos(['gia', 'hạng'], words, pairs, new Set(), [false, true]).corrections).toEqual([]);
    expect(correctTypos(['thuong', 'chu'], vocabulary, new Set(), { names: [false, true] }).corrections).toEqual([]);
  });
  it('leaves common words alone even next to a likelier pair, and never adds a missing diacritic', () => {
    expect(correctAccentedTypos(['giếng', 'khoan'], words, pairs).corrections).toEqual([]);
    expect(correctAccentedTypos(['cho', 'con'], words, pairs).corrections).toEqual([]);
    expect(accentedConsonantVariants('con')).not.toContain('công');
  });
});
