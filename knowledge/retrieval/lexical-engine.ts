// The embedded search engine: BM25F candidates, then a rerank with a few interpretable features, then the
// answerable decision. No neural model needed.
import type { Procedure } from '../../contracts/procedure';
import { loadLexicon, type LexiconEntry } from '../lexicon/lexicon';
import { accentedSyllables, bigrams, syllables } from '../text/fold';
import { buildLexicalIndex, type LexicalIndex } from './lexical-index';
import { analyseQuery, qualifierPhrases, type QueryAnalysis } from './query-analysis';
import type { SearchEngine, SearchHit, SearchOptions, SearchResponse } from './search-engine';

/** Rerank weights, kept few and readable; tuned on development questions with care not to overfit. */
export const rerankWeights = {
  lexical: 1.0,
  titleCoverage: 1.3,
  expansionInTitle: 0.6,
  titleBigram: 0.9,
  commune: 0.25,
  /** Content syllables up to which a question counts as a short citizen question. */
  communeShortQuestion: 12,
  site: 0.15,
  qualifierMissing: 0.15,
  lowQuality: 0.3,
  titleLength: 0.04,
  quotedTitle: 0.3,
  /** A tie-break between records alike: the long-established code over a recent copy (see isEstablishedCode). */
  established: 0.2,
  /** Another country in the question ("chồng tôi người Hàn Quốc") and "nước ngoài" in the title: enough to beat the
   * base record the question also names ("đăng ký khai sinh"), measured on eval/questions/extra-dev x31-x35. */
  foreign: 0.75,
};

/** Below these, the question is declined as out of scope. */
// Calibrated on development questions (in-scope BM25F of the best match ≥ 8.7, out-of-scope ≤ 11.5): a question
// the lexicon understood needs less lexical evidence than one it did not.
export const answerableThresholds = { coverage: 0.5, lexical: 12, lexicalWithLexicon: 6, lexicalAlone: 18 };

/** Words of businesses and organisations: their procedures sit at province or ministry level, not the commune. */
const organisationPairs = new Set(['doanh nghiep', 'cong ty', 'to chuc', 'co so', 'hop tac', 'chi nhanh', 'van phong', 'nha dau', 'dau tu']);

/** How much a commune-level record is preferred: fully for a short citizen question, less for a long legal one
 * (portal FAQ), not at all when the asker is a business or organisation. */
export function communePreferenceOf(analysis: QueryAnalysis): number {
  const pairs = bigrams(analysis.tokens);
  if (pairs.some((pair) => organisationPairs.has(pair))) return 0;
  const length = analysis.content.length;
  return length <= rerankWeights.communeShortQuestion ? 1 : rerankWeights.communeShortQuestion / length;
}

/** Everyday topics outside public services (folded); a question about them is declined. */
const outOfScopePhrases = [
  // Checked against the catalogue's folded titles: none of these phrases occurs in one.
  'bao hiem nhan tho', 'gia vang', 'ty gia', 'thoi tiet', 'ket qua bong da', 'lich thi dau', 'ket qua xo so', 'lo de', 'nau an', 'cong thuc nau',
  'mon an', 'ke chuyen', 'chuyen cuoi', 'phim hay', 'bitcoin', 'gia xang', 'tu vi', 'xem boi', 'phong thuy', 'choi game', 'giam can', 'lam dep',
  've may bay', 'gui tiet kiem', 've xe khach', 'hop tuoi', 'xem tuoi', 'xem ngay', 'ngay dep', 'huong nha',
  // Asking how to grow, tend, treat or cook something is asking for advice, not a procedure.
  'cach trong', 'cach cham soc', 'cach tri', 'cach chua', 'cach nuoi', 'cach nau', 'cach lam banh',
  // Shopping: prices of goods, where to buy, which place is good or cheap.
  'gia xe', 'gia dien thoai', 'gia lua', 'gia heo', 'gia ca phe', 'gia sau rieng', 'gia tieu', 'gia phan bon', 'nao ngon', 'ngon nhat', 're nhat', 'nao re',
  'nen mua', 'mua o dau', 'ca phe nao', 'quan an nao',
  // Attempts to instruct the system instead of asking it ("bỏ qua mọi quy tắc", "### SYSTEM").
  'bo qua moi', 'bo qua cac', 'bo qua huong dan', 'ignore previous', 'ignore all', 'system prompt', 'jailbreak', 'developer mode', 'quyen admin',
  'che do quan tri', 'khoa api', 'api key', 'mat khau he thong', 'dong vai', 'gia vo la',
  // Asking by zodiac year ("tuổi Thìn làm nhà...") is asking a fortune-teller.
  ...['ty', 'suu', 'dan', 'mao', 'thin', 'ngo', 'mui', 'than', 'dau', 'tuat', 'hoi'].map((animal) => `tuoi ${animal}`),
];

/** Requests to break the law (forgery, bribery) are declined, not answered with the nearest procedure. With their
 * diacritics only: folded, "làm giả" is also the start of "làm gia hạn". None occurs in a catalogue title. */
const unlawfulPhrases = ['làm giả', 'giấy tờ giả', 'bằng giả', 'hối lộ', 'đút lót', 'chạy án'];

/** Everyday topics recognisable only with diacritics: folded, "đặt vé" is also "đất về". */
const accentedOutOfScopePhrases = ['đặt vé', 'mua vé'];
const accentedOffTopic = [...unlawfulPhrases, ...accentedOutOfScopePhrases].map((phrase) => ` ${phrase} `);

/** Words of paperwork: a question with one of them asks about a procedure, however it is put. */
const paperworkWords = ['thu tuc', 'giay', 'ho so', 'dang ky', 'nop', 'phep', 'cap', 'chung thuc', 'xac nhan', 'le phi', 'phi', 'so do', 'so hong', 'can cuoc', 'khai sinh', 'khai tu', 'ket hon'];

/** The k positions with the highest scores, without sorting every touched document. */
function topPositions(touched: readonly number[], scores: Float64Array, k: number): number[] {
  if (touched.length <= k) return [...touched].sort((a, b) => scores[b]! - scores[a]!);
  let threshold = 0;
  const sample = touched.length > 4 * k ? touched.filter((_, index) => index % Math.floor(touched.length / (4 * k)) === 0) : touched;
  const sampled = sample.map((position) => scores[position]!).sort((a, b) => b - a);
  threshold = sampled[Math.min(sampled.length - 1, Math.floor(k / 4))] ?? 0;
  let kept = touched.filter((position) => scores[position]! >= threshold);
  if (kept.length < k) kept = [...touched];
  return kept.sort((a, b) => scores[b]! - scores[a]!).slice(0, k);
}

export interface ScoredCandidate extends SearchHit {
  features: Record<string, number>;
}

export interface LexicalEngine extends SearchEngine {
  analyse(question: string): QueryAnalysis;
  explain(question: string, options?: SearchOptions): { analysis: QueryAnalysis; candidates: ScoredCandidate[]; answerable: boolean };
  readonly index: LexicalIndex;
}

export function createLexicalEngine(procedures: readonly Procedure[], lexicon: readonly LexiconEntry[] = loadLexicon(), index = buildLexicalIndex(procedures)): LexicalEngine {
  const byCode = new Map(index.documents.map((document, position) => [document.code, position]));
  const analyse = (question: string) => analyseQuery(question, index.vocabulary, lexicon);
  // One accumulator reused across searches (a search runs to completion synchronously).
  const accumulator = new Float64Array(index.documents.length);
  const touched: number[] = [];

  function explain(question: string, options: SearchOptions = {}) {
    const analysis = analyse(question);
    const top = options.top ?? 10;
    touched.length = 0;
    const add = (term: string, weight: number) => {
      const posting = index.postings.get(term);
      if (!posting) return;
      const { idf, entries } = posting;
      const factor = weight * idf;
      for (let offset = 0; offset < entries.length; offset += 2) {
        const documentIndex = entries[offset]!;
        if (accumulator[documentIndex] === 0) touched.push(documentIndex);
        accumulator[documentIndex] = accumulator[documentIndex]! + factor * entries[offset + 1]!;
      }
    };
    const content = analysis.content;
    for (const token of new Set(content)) add(`u:${token}`, 1);
    for (const pair of new Set(bigrams(content))) add(`b:${pair}`, 1);
    const expansion = analysis.expansion;
    for (const token of new Set(expansion)) add(`u:${token}`, 0.6);
    for (const pair of new Set(bigrams(expansion))) add(`b:${pair}`, 0.9);

    // Codes written in the question are looked up directly.
    for (const code of analysis.codes) {
      const position = byCode.get(code);
      if (position !== undefined) {
        if (accumulator[position] === 0) touched.push(position);
        accumulator[position] = accumulator[position]! + 100;
      }
    }

    const pool = topPositions(touched, accumulator, 60).map((position) => [position, accumulator[position]!] as const);
    for (const position of touched) accumulator[position] = 0;
    const best = pool[0]?.[1] ?? 0;
    const contentSet = new Set(content);
    const expansionSet = new Set(expansion);
    const queryPairs = new Set([...bigrams(content), ...bigrams(expansion)]);
    const communePreference = communePreferenceOf(analysis);
    const spoken = ` ${analysis.tokens.join(' ')} `;
    const candidates: ScoredCandidate[] = pool.map(([position, lexical]) => {
      const document = index.documents[position]!;
      const titleSet = new Set(document.titleTokens);
      const titleCoverage = contentSet.size ? [...contentSet].filter((token) => titleSet.has(token)).length / contentSet.size : 0;
      const expansionInTitle = expansionSet.size ? [...expansionSet].filter((token) => titleSet.has(token)).length / expansionSet.size : 0;
      const titlePairs = bigrams(document.titleTokens);
      const titleBigram = titlePairs.filter((pair) => queryPairs.has(pair)).length / Math.max(1, titlePairs.length);
      const titleText = ` ${document.titleTokens.join(' ')} `;
      const asked = analysis.foreign ? `${analysis.foldedText}yeu to nuoc ngoai ` : analysis.foldedText;
      // A qualifier listed beside other actions ("Cấp, cấp lại ...", "Thực hiện, điều chỉnh, thôi hưởng ...") is one
      // of the cases the record covers, not a narrower procedure.
      const listed = document.titleWithCommas;
      const qualifierMissing = qualifierPhrases.filter(
        (phrase) => titleText.includes(` ${phrase} `) && !asked.includes(` ${phrase} `) && !listed.includes(` ${phrase} ,`) && !listed.includes(`, ${phrase} `),
      ).length;
      const foreignTitle = titleText.includes(' nuoc ngoai ');
      const features = {
        lexical: best > 0 ? lexical / best : 0,
        titleCoverage,
        expansionInTitle,
        titleBigram,
        commune: document.communeLevel ? communePreference : 0,
        site: options.siteCodes?.has(document.code) ? 1 : 0,
        qualifierMissing: Math.min(qualifierMissing, 2),
        lowQuality: document.lowQuality ? 1 : 0,
        titleLength: Math.log(1 + document.titleTokens.length),
        // The question names the whole title ("đăng ký giám hộ cho cháu mồ côi"): it asks for that procedure.
        // Named as a procedure ("thủ tục đăng ký giám hộ ..."), it counts twice: a direct question about that record.
        quotedTitle: document.namePhrase && spoken.includes(document.namePhrase) ? (spoken.includes(` thu tuc${document.namePhrase}`) ? 2 : 1) : 0,
        established: document.established ? 1 : 0,
        foreign: analysis.foreign && foreignTitle ? 1 : 0,
        raw: lexical,
      };
      const score =
        rerankWeights.lexical * features.lexical +
        rerankWeights.titleCoverage * titleCoverage +
        rerankWeights.expansionInTitle * expansionInTitle +
        rerankWeights.titleBigram * titleBigram +
        rerankWeights.commune * features.commune +
        rerankWeights.site * features.site +
        rerankWeights.quotedTitle * features.quotedTitle +
        rerankWeights.established * features.established +
        rerankWeights.foreign * features.foreign -
        rerankWeights.qualifierMissing * features.qualifierMissing -
        rerankWeights.lowQuality * features.lowQuality -
        rerankWeights.titleLength * features.titleLength;
      return { code: document.code, title: document.title, score: Math.round(score * 1000) / 1000, features };
    });
    candidates.sort((a, b) => b.score - a.score);
    const first = candidates[0];
    let answerable = false;
    if (first) {
      const document = index.documents[byCode.get(first.code)!]!;
      const meaningful = [...contentSet].filter((token) => token.length > 1);
      const covered = meaningful.length ? meaningful.filter((token) => document.allTokens.has(token)).length / meaningful.length : 0;
      const coverage = Math.max(covered, expansionSet.size > 0 ? first.features.expansionInTitle! : 0);
      first.features.coverage = coverage;
      const needed = analysis.lexiconMatches.length > 0 ? answerableThresholds.lexicalWithLexicon : answerableThresholds.lexical;
      // Long questions (portal FAQ) match many words outside the record; strong lexical evidence is enough then.
      // Every content word in the title of a specific record: a precise question, even on a small catalogue.
      // Words scattered over a title ("bạn tên là gì" against "đổi tên ...") are not a title: a word pair must match.
      const exactTitle = first.features.titleCoverage! >= 0.99 && contentSet.size >= 2 && coverage >= 0.99 && first.features.titleBigram! > 0;
      // A question that quotes a whole title of three words or more ("thông báo lưu trú cho người thân") names it.
      const allTitlePairs = first.features.titleBigram! >= 0.99 && document.titleTokens.length >= 3;
      // Topics no public service covers (commercial insurance, gold prices...) are declined.
      // Checked on the words as written: typo correction may have bent them towards catalogue words.
      // No phrase spans a comma ("76 tuổi, hồi giờ" is not "tuổi Hợi"), and an age is not a zodiac year.
      const clauses = question.slice(0, 1000).split(/[,.;:?!\n]+/u);
      const written = ` ${clauses.map((clause) => syllables(clause).join(' ')).join(' | ')} `.replace(/ \d+ tuoi /gu, ' | ');
      const writtenAccented = ` ${clauses.map((clause) => accentedSyllables(clause).join(' ')).join(' | ')} `;
      // Advice on life around an event ("mẹ tôi mới mất, nên cúng gì", "con mới sinh nên cho bú mấy lần"): a clause
      // asking what one should do, with no word of paperwork in it. ("Nên" also means "so": "... nên khai sinh bé chỉ có
      // tên mẹ" asks nothing.)
      const advice = clauses.some((clause) => {
        const words = ` ${syllables(clause).join(' ')} `;
        const asksAdvice = / nen (?:\S+ ){0,5}(?:gi|nao|sao|bao nhieu|may) /u.test(words);
        // The price of goods ("giá cám hôm nay bao nhiêu"); fees are "lệ phí", "phí", "hết bao nhiêu tiền".
        const asksPrice = / gia (?:\S+ ){0,4}bao nhieu /u.test(words);
        return (asksAdvice || asksPrice) && !paperworkWords.some((word) => words.includes(` ${word} `));
      });
      const offTopic =
        analysis.codes.length === 0 && (advice ||
        outOfScopePhrases.some((phrase) => written.includes(` ${phrase} `)) || accentedOffTopic.some((phrase) => writtenAccented.includes(phrase)));
      // Two or more everyday phrases the lexicon knows, with real lexical evidence: a citizen's errand in their words.
      const understood = analysis.lexiconMatches.length >= 2 && first.features.raw! >= answerableThresholds.lexical;
      answerable =
        !offTopic &&
        (analysis.codes.length > 0 || exactTitle || allTitlePairs || understood || first.features.raw! >= answerableThresholds.lexicalAlone || (coverage >= answerableThresholds.coverage && first.features.raw! >= needed));
    }
    return { analysis, candidates: candidates.slice(0, top), answerable };
  }

  return {
    index,
    analyse,
    explain,
    search(question: string, options?: SearchOptions): SearchResponse {
      const { candidates, answerable } = explain(question, options);
      return { answerable, results: candidates.map(({ code, title, score }) => ({ code, title, score })) };
    },
  };
}
