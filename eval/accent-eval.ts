// How well diacritics are restored: questions written with them are folded, restored and compared syllable by
// syllable with what their authors wrote.
import { restoreAccents, type AccentStatistics } from '../knowledge/text/accent-restore';
import { accentedSyllables, fold } from '../knowledge/text/fold';

export interface AccentScore {
  questions: number;
  syllables: number;
  /** Share of syllables restored exactly as written. */
  syllableAccuracy: number;
  /** Share of questions restored without a single wrong syllable. */
  questionAccuracy: number;
}

export function scoreAccentRestoration(questions: readonly string[], statistics: AccentStatistics): AccentScore {
  let syllables = 0;
  let right = 0;
  let perfect = 0;
  let counted = 0;
  for (const question of questions) {
    const written = accentedSyllables(question).filter((token) => /^\p{L}+$/u.test(token));
    if (!written.some((token) => token !== fold(token))) continue;
    const restored = restoreAccents(written.map((token) => fold(token)), statistics);
    const correct = written.filter((token, index) => restored[index] === token).length;
    counted += 1;
    syllables += written.length;
    right += correct;
    if (correct === written.length) perfect += 1;
  }
  return { questions: counted, syllables, syllableAccuracy: syllables ? right / syllables : 0, questionAccuracy: counted ? perfect / counted : 0 };
}
