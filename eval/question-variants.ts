// Unaccented and mistyped twins of accented questions, to measure that retrieval holds up when citizens type
// without diacritics or slip on a key. Deterministic, so a regression shows as a changed figure, not noise.
import { fold } from '../knowledge/text/fold';
import type { EvalQuestion } from './retrieval-eval';

export function isAccented(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}

/** The question as typed on a phone without Vietnamese input: every diacritic gone. */
export function unaccentedTwin(question: EvalQuestion): EvalQuestion {
  return { ...question, question: fold(question.question) };
}

/** One slip in the longest word: its tone mark dropped (even positions) or its last letter lost (odd ones). */
export function typoTwin(question: EvalQuestion, position: number): EvalQuestion {
  const words = question.question.split(' ');
  const longest = words.reduce((best, word, index) => (word.length > words[best]!.length ? index : best), 0);
  const word = words[longest]!;
  const toneless = word.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/u, '').normalize('NFC');
  words[longest] = position % 2 === 0 && toneless !== word ? toneless : word.slice(0, -1);
  return { ...question, question: words.join(' ') };
}
