import { describe, expect, it } from 'vitest';
import { canonicalSyllable, normalizeText } from './normalize';

describe('canonicalSyllable', () => {
  it.each([
    ['hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['hoàn', 'hoàn'],
    ['quý', 'quý'],
    ['giá', 'giá'],
    ['người', 'người'],
    ['khuyết', 'khuyết'],
    ['hoại', 'hoại'],
    ['Hoà', 'Hòa'],
    ['ABC', 'ABC'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalSyllable(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('composes decomposed input and cleans spaces', () => {
    expect(normalizeText('  Ủy\u00A0ban   nhân dân xã\u200B ')).toBe('Ủy ban nhân dân xã');
    expect(normalizeText('Hoà giải'.normalize('NFD'))).toBe('Hòa giải');
  });
  it('does not move tones across glued words of flattened tables', () => {
    expect(normalizeText('Mẫu đơn, tờ khaiSố lượng')).toBe('Mẫu đơn, tờ khaiSố lượng');
    expect(normalizeText('Trực tiếp5 Ngày làm việcMiễn phí')).toBe('Trực tiếp5 Ngày làm việcMiễn phí');
  });
  it('keeps codes and numbers intact', () => {
    expect(normalizeText('Mã 1.001193, Nghị định 123/2015/NĐ-CP')).toBe('Mã 1.001193, Nghị định 123/2015/NĐ-CP');
  });
});
