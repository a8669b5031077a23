import { describe, expect, it } from 'vitest';
import { buildAccentStatistics, restoreAccents, restoreQuestion } from './accent-restore';

const statistics = buildAccentStatistics([
  { text: 'Thủ tục đăng ký khai sinh. Đăng ký thường trú. Cấp bản sao trích lục hộ tịch.', weight: 3 },
  { text: 'Đóng dấu. Khắc con dấu.', weight: 3 },
]);

describe('accent restoration', () => {
  it('picks the written form that fits its neighbours', () => {
    expect(restoreAccents(['dang', 'ky', 'khai', 'sinh'], statistics)).toEqual(['đăng', 'ký', 'khai', 'sinh']);
    expect(restoreQuestion('lam giay khai sinh o dau', statistics)).toBe('làm giấy khai sinh ở đâu');
  });

  it('lets everyday words outweigh look-alike official ones ("con dâu", not "con dấu")', () => {
    expect(restoreQuestion('me chong va con dau', statistics)).toBe('mẹ chồng và con dâu');
  });

  it('leaves clauses written with diacritics, capitals, codes and abbreviations as typed', () => {
    expect(restoreQuestion('Đăng ký thường trú, cho con', statistics)).toBe('Đăng ký thường trú, cho con');
    expect(restoreQuestion('Dang ky khai sinh CCCD 1.001193', statistics)).toBe('Đăng ký khai sinh CCCD 1.001193');
    expect(restoreAccents(['xyzw'], statistics)).toEqual(['xyzw']);
    expect(restoreAccents([], statistics)).toEqual([]);
  });
});
