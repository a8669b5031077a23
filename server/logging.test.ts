import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from './logging';

describe('maskPersonalNumbers', () => {
  it('masks 12-digit ID numbers, 9-digit old IDs and phone numbers', () => {
    expect(maskPersonalNumbers('CCCD 001203004567 của tôi')).toBe('CCCD *********567 của tôi');
    expect(maskPersonalNumbers('cmnd 123456789')).toBe('cmnd ******789');
    expect(maskPersonalNumbers('gọi 0912345678 hoặc +84912345678')).toBe('gọi *******678 hoặc *********678');
  });
  it('keeps procedure codes, dates and amounts', () => {
    expect(maskPersonalNumbers('mã 1.001193, 50.000 đồng, ngày 20/11/2026')).toBe('mã 1.001193, 50.000 đồng, ngày 20/11/2026');
  });
});
