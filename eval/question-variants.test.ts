import { describe, expect, it } from 'vitest';
import { isAccented, typoTwin, unaccentedTwin } from './question-variants';

const question = { id: 'q1', question: 'Đăng ký thường trú cho con', gold: ['1.004222'], alt: [], type: 'direct' };

describe('question variants', () => {
  it('drops every diacritic for the unaccented twin', () => {
    expect(unaccentedTwin(question).question).toBe('dang ky thuong tru cho con');
    expect(isAccented(question.question)).toBe(true);
    expect(isAccented('dang ky thuong tru')).toBe(false);
  });

  it('makes one slip in the longest word, alternating tone loss and a lost letter', () => {
    expect(typoTwin(question, 0).question).toBe('Đăng ký thương trú cho con');
    expect(typoTwin(question, 1).question).toBe('Đăng ký thườn trú cho con');
    expect(typoTwin(question, 0).gold).toEqual(['1.004222']);
  });
});
