// Accent restoration for questions typed without diacritics ("lam giay khai sinh o dau" -> "làm giấy khai sinh ở
// đâu"). Retrieval does not need it (the index is folded), but people do: the assistant shows and speaks back what it
// understood, and speech synthesis cannot read folded text. A word-pair model picks, for each folded syllable, the
// written form that fits its neighbours best (Viterbi). Its statistics come from the catalogue, the lexicon's
// everyday phrases and a short everyday text below, because the catalogue alone is official language: it would read
// "con dau" as "con dấu" (a seal), where a citizen means "con dâu" (a daughter-in-law).
import { accentedSyllables, fold } from './fold';

export interface AccentStatistics {
  /** Written syllable -> weighted count. */
  words: Map<string, number>;
  /** "written written" -> weighted count. */
  pairs: Map<string, number>;
  /** Folded syllable -> its written forms, most frequent first (at most a few). */
  forms: Map<string, string[]>;
  total: number;
}

/** Everyday words of citizens' questions, so that they outweigh look-alike official words where they should. */
const everydayText = `
tôi muốn hỏi, cho tôi hỏi, xin hỏi, em muốn hỏi, cháu muốn hỏi, nhờ cán bộ chỉ giúp, cảm ơn cán bộ.
làm ở đâu, nộp ở đâu, hết bao nhiêu tiền, mất bao lâu, mấy ngày thì có, cần những gì, cần giấy tờ gì, như thế nào, làm sao.
có được không ạ, có phải làm gì không, có mất phí không, có làm online được không, có cần mang theo gì không.
hôm nay, hôm qua, ngày mai, năm nay, năm ngoái, tháng trước, tuần trước, bây giờ, giờ muốn làm, nay muốn làm, mới đây.
con tôi mới sinh, vợ tôi vừa đẻ, mẹ tôi mới mất, bố tôi mất rồi, ông tôi già yếu, bà tôi ốm nặng, nhà tôi nghèo.
ông bà nội, ông bà ngoại, bố mẹ, ba má, cha mẹ, vợ chồng, anh chị em, con trai, con gái, con dâu, con rể, cháu nội, cháu ngoại.
nhà tôi ở xã bên, tôi đi làm xa, chồng tôi đi làm ăn xa, em tôi đang đi học, anh tôi đi bộ đội, tôi về quê.
làm lại giấy tờ bị mất, bị hỏng, bị rách, bị ướt, hết hạn rồi, ghi sai tên, sai ngày sinh, muốn sửa lại, muốn đổi.
làm căn cước cho con, làm sổ đỏ, sang tên sổ đỏ, làm giấy khai sinh, báo tử, xác nhận độc thân, đăng ký kết hôn.
đăng ký thường trú, đăng ký tạm trú, nhập hộ khẩu, chuyển hộ khẩu, tách hộ, chứng thực bản sao, chứng thực chữ ký.
lấy kết quả ở đâu, lấy liền được không, ai được làm thay, có phải đến tận nơi không, ủy ban xã, công an xã.
mấy giờ làm việc, thứ bảy có làm không, tôi không biết chữ, tôi lớn tuổi rồi, cần người giúp, đi lại khó khăn.
và, với, của, cho, là, có, không, được, đã, đang, sẽ, rồi, thì, mà, nhưng, nên, vì, để, từ, đến, ở, tại, trong, ngoài, trên, dưới, nào, gì, ai, đâu, sao, vậy, ạ, nhé, ơi, vâng, dạ.
`;

function addTokens(statistics: AccentStatistics, tokens: readonly string[], weight: number): void {
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index]!;
    statistics.words.set(word, (statistics.words.get(word) ?? 0) + weight);
    statistics.total += weight;
    if (index > 0) {
      const pair = `${tokens[index - 1]} ${word}`;
      statistics.pairs.set(pair, (statistics.pairs.get(pair) ?? 0) + weight);
    }
  }
}

/** Statistics from texts with diacritics, each with a weight (everyday phrases count more than official text). */
export function buildAccentStatistics(texts: Iterable<{ text: string; weight: number }>): AccentStatistics {
  const statistics: AccentStatistics = { words: new Map(), pairs: new Map(), forms: new Map(), total: 0 };
  // Clauses are split so that pairs never span a comma or a full stop.
  const add = (text: string, weight: number) => {
    for (const clause of text.split(/[,.;:?!()\n]+/u)) addTokens(statistics, accentedSyllables(clause).filter((token) => /\p{L}/u.test(token)), weight);
  };
  for (const { text, weight } of texts) add(text, weight);
  add(everydayText, 100);
  const byFold = new Map<string, [string, number][]>();
  for (const [word, count] of statistics.words) {
    const folded = fold(word);
    byFold.set(folded, [...(byFold.get(folded) ?? []), [word, count]]);
  }
  for (const [folded, forms] of byFold) statistics.forms.set(folded, forms.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([word]) => word));
  return statistics;
}

/** Smoothing toward the unigram: how much a pair the statistics never saw still counts. */
const smoothing = 3;

/** Written forms for folded syllables, most likely sequence first. Unknown syllables stay as they are. */
export function restoreAccents(folded: readonly string[], statistics: AccentStatistics): string[] {
  if (folded.length === 0) return [];
  const candidates = folded.map((token) => statistics.forms.get(token) ?? [token]);
  const unigram = (word: string) => ((statistics.words.get(word) ?? 0) + 0.1) / (statistics.total + 1);
  const transition = (previous: string, word: string) =>
    Math.log(((statistics.pairs.get(`${previous} ${word}`) ?? 0) + smoothing * unigram(word)) / ((statistics.words.get(previous) ?? 0) + smoothing));
  let scores = candidates[0]!.map((word) => Math.log(unigram(word)));
  const back: number[][] = [];
  for (let index = 1; index < folded.length; index += 1) {
    const previousForms = candidates[index - 1]!;
    const next: number[] = [];
    const pointers: number[] = [];
    for (const word of candidates[index]!) {
      let best = -Infinity;
      let pointer = 0;
      previousForms.forEach((previous, previousIndex) => {
        const score = scores[previousIndex]! + transition(previous, word);
        if (score > best) {
          best = score;
          pointer = previousIndex;
        }
      });
      next.push(best);
      pointers.push(pointer);
    }
    scores = next;
    back.push(pointers);
  }
  let position = scores.indexOf(Math.max(...scores));
  const out = new Array<string>(folded.length);
  for (let index = folded.length - 1; index >= 0; index -= 1) {
    out[index] = candidates[index]![position]!;
    if (index > 0) position = back[index - 1]![position]!;
  }
  return out;
}

/** Restores a whole question, keeping its punctuation; only words typed entirely without diacritics are changed. */
export function restoreQuestion(question: string, statistics: AccentStatistics): string {
  const parts = question.split(/([,.;:?!()\n]+)/u);
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return part;
      const words = part.split(/(\s+)/u);
      const plain = words.filter((_word, wordIndex) => wordIndex % 2 === 0 && words[wordIndex] !== '');
      const foldedWords = plain.map((word) => fold(word));
      // A clause already written with diacritics is left as written.
      if (plain.some((word, wordIndex) => word.toLowerCase() !== foldedWords[wordIndex])) return part;
      const restored = restoreAccents(foldedWords, statistics);
      let cursor = 0;
      return words
        .map((word, wordIndex) => {
          if (wordIndex % 2 === 1 || word === '') return word;
          const written = restored[cursor++]!;
          // Codes, numbers and abbreviations in capitals stay as typed; a capital stays a capital.
          if (!/^\p{L}+$/u.test(word) || fold(written) !== word.toLowerCase() || (word.length > 1 && word === word.toUpperCase())) return word;
          return word[0] === word[0]!.toUpperCase() ? written[0]!.toUpperCase() + written.slice(1) : written;
        })
        .join('');
    })
    .join('');
}
