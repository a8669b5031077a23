// What a question means for retrieval: folded syllables without filler words, typo corrections over the
// catalogue vocabulary, lexicon expansion to official terms, and qualifiers the question asks for.
import type { LexiconEntry } from '../lexicon/lexicon';
import { expandWithLexicon } from '../lexicon/lexicon';
import { accentedSyllables, fold, namePositions, syllables } from '../text/fold';
import { correctAccentedTypos, correctTypos, type Vocabulary } from '../text/typo';

/** Question and filler words that never identify a procedure (folded). Single syllables are only those with no
 * meaningful homograph once diacritics are gone ("can" is also "căn", "the" also "thẻ", "dang" also "đăng"). */
const fillerWords = new Set(
  'toi minh em anh ong cau chau tui tao oi a ah nhe vay thi la va voi cua cho de o gi nao khong chua roi se da hay hoac nhung cac mot moi nay kia ay ne nhi xin giup biet phai duoc muon online'.split(' '),
);
/** Multi-syllable fillers and facet words (what is asked about, not which procedure). */
const fillerPhrases = [
  'bao nhieu', 'the nao', 'nhu the nao', 'ra sao', 'o dau', 'lam sao', 'lam the nao', 'thu tuc', 'ho so', 'giay to', 'le phi', 'bao lau', 'mat bao lau',
  'thoi gian', 'thoi han', 'trinh tu', 'can nhung gi', 'nhung gi', 'can gi', 'vui long', 'cho hoi', 'xin hoi', 'hien nay', 'co the', 'khong a', 'mau don', 'nop o dau',
  'cac buoc', 'qua mang', 'lam online', 'nop online', 'can mang', 'can nhung', 'can co', 'can phai', 'can chuan bi', 'mang theo', 'phai lam', 'can lam', 'gom nhung', 'truc tuyen duoc', 'nop online', 'het bao nhieu', 'mat phi', 'tien phi', 'bao nhieu tien',
].map((phrase) => phrase.split(' '));

/** Fillers recognisable only with their diacritics ("cần" but not "căn", "thế" but not "thẻ"). */
const accentedFillers = new Set('cần thế bao làm được có ở tại mấy đâu nào gì đang hổng hông đứa cái chiếc ta nó họ luôn'.split(' '));

/** Function words written with their diacritics are never slips ("thế nào" is not "chế nào"). */
const accentedQuestionWords = new Set([...accentedFillers, ...'thế nào như những được không thì với cùng cũng của nhưng hoặc rồi vậy sao chưa nhiều tui giờ'.split(' ')]);

/** Everyday words of citizens' stories that a folded correction would bend into catalogue words ("con" into
 * "công", "chong" into "thông", "bang" into "ban"); as written they are what the citizen meant. */
const everydayWords = 'con chong vo gio bay khi xong cach sang bang nam may cai'.split(' ');

/** Question words are never typos of catalogue words, even when a small catalogue lacks them. */
const questionWords = new Set([...fillerWords, ...fillerPhrases.flat(), ...everydayWords]);

function removeFillers(tokens: readonly string[], accented: readonly string[] = []): string[] {
  const kept = keptByFillers(tokens, accented);
  return tokens.filter((_token, index) => kept[index]);
}

/** Which words are kept once question and filler words are removed. */
function keptByFillers(tokens: readonly string[], accented: readonly string[] = []): boolean[] {
  const keep = tokens.map(() => true);
  for (const phrase of fillerPhrases) {
    for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
      if (phrase.every((word, offset) => tokens[start + offset] === word)) for (let offset = 0; offset < phrase.length; offset += 1) keep[start + offset] = false;
    }
  }
  return tokens.map((token, index) => keep[index]! && !fillerWords.has(token) && !accentedFillers.has(accented[index] ?? ''));
}

/** Qualifiers that make a different procedure; a title with one the question lacks is a worse match. */
export const qualifierPhrases = ['yeu to nuoc ngoai', 'nguoi nuoc ngoai', 'o nuoc ngoai', 'luu dong', 'dang ky lai', 'cap lai', 'cap doi', 'bien gioi', 'thay doi', 'xoa', 'gia han', 'tam ngung', 'cham dut', 'tam thoi', 'co thoi han', 'truc tuyen toan trinh', 'dieu chinh', 'thu hoi', 'huy', 'phan cap', 'doi voi to chuc', 'to chuc kinh te', 'cho to chuc', 'cua to chuc', 'ket hop', 'lien thong', 'nguoi dich'];

/** Countries and nationalities citizens name (folded, unambiguous once folded: not "Mỹ", "Pháp", "Anh", "Lào"). */
const foreignPlaces = [
  'han quoc', 'trung quoc', 'dai loan', 'nhat ban', 'hoa ky', 'campuchia', 'cam pu chia', 'thai lan', 'malaysia', 'ma lai xi a', 'singapore', 'xin ga po',
  'philippines', 'phi lip pin', 'indonesia', 'canada', 'ca na da', 'australia', 'o xtray li a', 'trieu tien', 'nuoc ngoai', 'ngoai quoc', 'viet kieu', 'hong kong',
  'lien bang nga', 'cong hoa phap', 'cong hoa duc', 'vuong quoc anh', 'nuoc my', 'nguoi my', 'nuoc phap', 'nuoc duc', 'nuoc nga', 'nuoc uc', 'nuoc lao', 'ben lao', 'ben my', 'ben uc',
].map((place) => ` ${place} `);
/** "công dân Hàn Quốc", "quốc tịch Mỹ", "chồng người Nhật": a capitalised name after these words is a country. */
const nationalityPattern = /(?:công dân|quốc tịch|mang quốc tịch|người|nước|chồng|vợ)\s+(?!Việt\b|Nam\b|Kinh\b)\p{Lu}\p{Ll}+/u;

/** The question involves another country, so records "có yếu tố nước ngoài" fit it. */
function foreignElementIn(question: string, foldedText: string): boolean {
  return foreignPlaces.some((place) => foldedText.includes(place)) || nationalityPattern.test(question.slice(0, 1000));
}

export interface QueryAnalysis {
  /** Folded syllables of the question after typo correction. */
  tokens: string[];
  /** Content syllables (fillers removed). */
  content: string[];
  /** Official terms from the lexicon. */
  expansion: string[];
  lexiconMatches: string[];
  corrections: [string, string][];
  codes: string[];
  /** Folded question text after correction, for qualifier checks. */
  foldedText: string;
  /** Another country is involved ("chồng tôi người Hàn Quốc"). */
  foreign: boolean;
}

export function analyseQuery(question: string, vocabulary: Vocabulary, lexicon: readonly LexiconEntry[]): QueryAnalysis {
  const text = question.slice(0, 1000);
  const raw = syllables(text);
  const accented = accentedSyllables(text);
  // Names are not typos: "Hàn Quốc" must not become "hành quốc".
  const names = namePositions(text);
  const codes = raw.filter((token) => /^\d\.\d{6}$/u.test(token));
  // Lexicon first on the raw words (abbreviations like "cccd" are not typos), then typo correction.
  const first = expandWithLexicon(raw, lexicon, accented.length === raw.length ? accented : []);
  // A question written with diacritics is corrected on them first; the folded correction then handles the rest.
  const writtenWithDiacritics = accented.length === raw.length && accented.some((word, index) => word !== raw[index]);
  const accentedFix =
    writtenWithDiacritics && vocabulary.accentedWords && vocabulary.accentedPairs ? correctAccentedTypos(accented, vocabulary.accentedWords, vocabulary.accentedPairs, accentedQuestionWords, names) : null;
  const base = accentedFix && accentedFix.corrections.length > 0 ? accentedFix.tokens.map((word) => fold(word)) : raw;
  // With diacritics written, a known word is what the citizen meant: its slips were handled on the accented form
  // above, and folding would lose what tells "con" from "công" or "chồng" from "thông".
  const written = accentedFix && accentedFix.corrections.length > 0 ? accentedFix.tokens : accented;
  const folded = correctTypos(base, vocabulary, questionWords, writtenWithDiacritics ? { written, names } : { names });
  const tokens = folded.tokens;
  const corrections: [string, string][] = [...(accentedFix?.corrections ?? []).map(([from, to]): [string, string] => [fold(from), fold(to)]), ...folded.corrections];
  // The corrected words keep the diacritics the citizen wrote elsewhere ("con dâu" stays a daughter-in-law, not a
  // seal); a word the folded correction changed has no diacritics to compare and matches on its folded form.
  const writtenAfterCorrection = writtenWithDiacritics
    ? tokens.map((token, index) => {
        const written = accentedFix?.tokens[index] ?? accented[index] ?? token;
        return fold(written) === token ? written : token;
      })
    : [];
  const second = corrections.length > 0 ? expandWithLexicon(tokens, lexicon, writtenAfterCorrection) : { expansion: [], matched: [] };
  const accentedForTokens = accented.length === tokens.length ? accented : [];
  const kept = keptByFillers(tokens, accentedForTokens);
  const content = tokens.filter((_token, index) => kept[index]);
  // Phrases split by small words ("căn cước của tôi hết hạn"): the lexicon once more over the words that matter;
  // only meanings not found already are added.
  const earlier = [...first.expansion, ...second.expansion];
  let later: string[] = [];
  let laterMatched: string[] = [];
  if (content.length < tokens.length) {
    const third = expandWithLexicon(content, lexicon, writtenWithDiacritics ? writtenAfterCorrection.filter((_word, index) => kept[index]) : []);
    const found = new Set([...first.matched, ...second.matched]);
    laterMatched = third.matched.filter((phrase) => !found.has(phrase));
    if (laterMatched.length > 0) later = third.expansion.filter((word) => !earlier.includes(word));
  }
  const expansion = [...earlier, ...later];
  const foldedText = ` ${[...tokens, ...expansion].join(' ')} `;
  return {
    tokens,
    content,
    expansion,
    lexiconMatches: [...first.matched, ...second.matched, ...laterMatched],
    corrections,
    codes,
    foldedText,
    foreign: foreignElementIn(text, ` ${raw.join(' ')} ${foldedText}`),
  };
}

export { fillerWords, removeFillers };
