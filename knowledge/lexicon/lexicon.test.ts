import { describe, expect, it } from 'vitest';
import { accentedSyllables, syllables } from '../text/fold';
import { expandWithLexicon, lexiconFiles, loadLexicon } from './lexicon';

const lexicon = loadLexicon();
const expand = (question: string) => expandWithLexicon(syllables(question), lexicon, accentedSyllables(question)).expansion.join(' ');

describe('lexicon', () => {
  it('loads a schema-valid file with broad coverage', () => {
    expect(lexicon.length).toBeGreaterThan(550);
  });
  it('maps everyday words and abbreviations to official terms', () => {
    expect(expand('làm cccd cho mẹ')).toContain('the can cuoc');
    expect(expand('xin giấy xác nhận độc thân')).toContain('xac nhan tinh trang hon nhan');
    expect(expand('sổ đỏ')).toContain('giay chung nhan quyen su dung dat');
    expect(expand('nhap khau cho vo')).toContain('dang ky thuong tru');
    expect(expand('rut bhxh 1 lan')).toContain('huong bao hiem xa hoi mot lan');
    expect(expand('xin hoãn nghĩa vụ quân sự')).toContain('tam hoan goi nhap ngu');
    expect(expand('mở quán karaoke')).toContain('karaoke');
  });
  it('prefers the longest phrase and respects diacritics when they are written', () => {
    expect(expand('làm lại cccd bị mất')).toBe('cap lai the can cuoc');
    expect(expand('quên mật khẩu')).toBe('');
    expect(expand('bố tôi mất hôm qua')).toContain('dang ky khai tu');
  });
  it('never gives one everyday phrase two meanings, across all lexicon files', () => {
    expect(lexiconFiles().length).toBeGreaterThanOrEqual(1);
    const meanings = new Map<string, Set<string>>();
    for (const entry of lexicon) {
      const key = entry.accented.join(' ');
      meanings.set(key, (meanings.get(key) ?? new Set()).add(entry.official.join(' ')));
    }
    const conflicts = [...meanings].filter(([, official]) => official.size > 1).map(([phrase, official]) => `${phrase} -> ${[...official].join(' | ')}`);
    expect(conflicts).toEqual([]);
  });
});

describe('one-word phrases typed without diacritics', () => {
  it('do not fire on a homograph, while vowel-less abbreviations still do', () => {
    const folded = (question: string) => expandWithLexicon(syllables(question), lexicon, accentedSyllables(question)).expansion.join(' ');
    expect(folded('lam giay khai sinh cho con')).not.toMatch(/(^| )cho( |$)/u);
    expect(folded('dk tam tru cho con')).toContain('dang ky');
  });
});
