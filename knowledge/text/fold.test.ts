import { describe, expect, it } from 'vitest';
import { namePositions, syllables } from './fold';

describe('namePositions', () => {
  it('marks capitalised words inside a sentence, aligned with syllables()', () => {
    const question = 'Chồng tôi người Hàn Quốc. Giờ muốn làm khai sinh cho con';
    const names = namePositions(question);
    expect(names).toHaveLength(syllables(question).length);
    expect(syllables(question).filter((_word, index) => names[index])).toEqual(['han', 'quoc']);
  });

  it('marks nothing in a title-cased or shouted question', () => {
    expect(namePositions('Đăng Ký Khai Sinh Cho Con').every((name) => !name)).toBe(true);
    expect(namePositions('LÀM CĂN CƯỚC Ở ĐÂU').every((name) => !name)).toBe(true);
  });
});
