// Medium test: the development sets on the full catalogue from ../shared (skipped when absent), with floors a
// regression falls through. Floors sit a little below the figures measured when they were set.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCatalogue } from '../knowledge/catalogue/open';
import { importBatch } from '../knowledge/catalogue/import-into';
import { readSources } from '../knowledge/importers/index';
import { createSearchEngine } from '../knowledge/retrieval/index';
import type { SearchEngine } from '../knowledge/retrieval/search-engine';
import type { CatalogueRepository } from '../knowledge/catalogue/repository';
import { createAssistant, verifyGrounding } from '../knowledge/assistant/index';
import { readQuestions, runRetrieval } from './retrieval-eval';
import { isAccented, typoTwin, unaccentedTwin } from './question-variants';
import { catalogueAccentStatistics } from '../knowledge/retrieval/accent-statistics';
import { scoreAccentRestoration } from './accent-eval';

const shared = fileURLToPath(new URL('../../shared', import.meta.url));
const available = existsSync(path.join(shared, 'eval/dev-questions.jsonl')) && existsSync(path.join(shared, 'data/procedures'));

describe.skipIf(!available)('retrieval floors on the development sets (medium)', () => {
  let engine: SearchEngine;
  let repository: CatalogueRepository;
  beforeAll(async () => {
    repository = openCatalogue(mkdtempSync(path.join(tmpdir(), 'floors-')));
    importBatch(repository, await readSources([path.join(shared, 'data/procedures')]));
    engine = createSearchEngine(repository.all());
  }, 240_000);

  it('assistant: cites a gold code for >= 90% of in-scope questions, declines the rest, every number grounded', async () => {
    const assistant = createAssistant({ repository, engine });
    let inScope = 0;
    let cited = 0;
    let outOfScope = 0;
    let declined = 0;
    for (const file of [path.join(shared, 'eval/dev-questions.jsonl'), fileURLToPath(new URL('questions/extra-dev.jsonl', import.meta.url))]) {
      for (const question of readQuestions(file)) {
        const response = await assistant.ask({ question: question.question });
        const relevant = new Set([...question.gold, ...question.alt]);
        if (relevant.size > 0) {
          inScope += 1;
          if (response.citations.some((code) => relevant.has(code))) cited += 1;
        } else {
          outOfScope += 1;
          if (!response.answerable) declined += 1;
        }
        const check = verifyGrounding(response.answer, response.citations.map((code) => repository.get(code)!));
        expect(check.unknownNumbers, question.question).toEqual([]);
      }
    }
    expect(cited / inScope).toBeGreaterThanOrEqual(0.9);
    expect(declined / outOfScope).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it('citizen-style questions (dev-questions.jsonl)', () => {
    const { overall } = runRetrieval(engine, readQuestions(path.join(shared, 'eval/dev-questions.jsonl')));
    expect(overall.hit1).toBeGreaterThanOrEqual(0.8);
    expect(overall.hit5).toBeGreaterThanOrEqual(0.95);
    expect(overall.mrr10).toBeGreaterThanOrEqual(0.85);
    expect(overall.declinedOutOfScope).toBeGreaterThanOrEqual(0.9);
    expect(overall.answeredInScope).toBeGreaterThanOrEqual(0.95);
  });

  it('real portal FAQ (real-faq-dev.jsonl)', () => {
    const { overall } = runRetrieval(engine, readQuestions(path.join(shared, 'eval/real-faq-dev.jsonl')));
    expect(overall.hit1).toBeGreaterThanOrEqual(0.62);
    expect(overall.hit5).toBeGreaterThanOrEqual(0.8);
    expect(overall.mrr10).toBeGreaterThanOrEqual(0.69);
    expect(overall.answeredInScope).toBeGreaterThanOrEqual(0.95);
  });

  it("the project's own extra questions (eval/questions/extra-dev.jsonl)", () => {
    const { overall } = runRetrieval(engine, readQuestions(fileURLToPath(new URL('questions/extra-dev.jsonl', import.meta.url))));
    expect(overall.hit5).toBeGreaterThanOrEqual(0.95);
    expect(overall.declinedOutOfScope).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['holdout-dev', 'citizen-tuning', 'citizen-unseen'])("the project's own citizen questions (eval/questions/%s.jsonl)", (name) => {
    const { overall } = runRetrieval(engine, readQuestions(fileURLToPath(new URL(`questions/${name}.jsonl`, import.meta.url))));
    expect(overall.hit1).toBeGreaterThanOrEqual(0.8);
    expect(overall.hit5).toBeGreaterThanOrEqual(0.9);
    expect(overall.declinedOutOfScope).toBeGreaterThanOrEqual(0.9);
    expect(overall.answeredInScope).toBeGreaterThanOrEqual(0.95);
  });

  it('unaccented and mistyped twins of the accented citizen questions stay within 5 points of hit@1', () => {
    const files = [path.join(shared, 'eval/dev-questions.jsonl'), ...['extra-dev', 'holdout-dev', 'citizen-tuning', 'citizen-unseen'].map((name) => fileURLToPath(new URL(`questions/${name}.jsonl`, import.meta.url)))];
    const accented = files.flatMap((file) => readQuestions(file)).filter((question) => question.gold.length > 0 && isAccented(question.question));
    const original = runRetrieval(engine, accented).overall;
    const unaccented = runRetrieval(engine, accented.map(unaccentedTwin)).overall;
    const mistyped = runRetrieval(engine, accented.map(typoTwin)).overall;
    expect(accented.length).toBeGreaterThanOrEqual(80);
    expect(unaccented.hit1).toBeGreaterThanOrEqual(original.hit1 - 0.05);
    expect(mistyped.hit1).toBeGreaterThanOrEqual(original.hit1 - 0.05);
    expect(unaccented.hit5).toBeGreaterThanOrEqual(0.95);
    expect(mistyped.hit5).toBeGreaterThanOrEqual(0.95);
  });

  // 150 colloquial, unaccented and mistyped questions each about 50 procedures citizens bring to a commune (the most
  // common, the next, then civil status-land-business and social-agriculture-community), written before the lexicon
  // entries they led to.
  it.each([
    ['citizen-lexicon-dev', 0.85, 0.9],
    ['citizen-lexicon-dev-2', 0.75, 0.9],
    ['citizen-lexicon-dev-3', 0.78, 0.9],
    ['citizen-lexicon-dev-4', 0.8, 0.92],
  ])("the project's lexicon development questions (eval/questions/%s.jsonl)", (name, hit1, hit5) => {
    const { overall } = runRetrieval(engine, readQuestions(fileURLToPath(new URL(`questions/${name}.jsonl`, import.meta.url))));
    expect(overall.hit1).toBeGreaterThanOrEqual(hit1 as number);
    expect(overall.hit5).toBeGreaterThanOrEqual(hit5 as number);
    expect(overall.answeredInScope).toBeGreaterThanOrEqual(0.95);
  });

  // Life questions next to a procedure ("mẹ tôi mới mất, nhà nên cúng gì", "giá cám hôm nay bao nhiêu"): harder than
  // the dev set's weather and recipes. The advice and price rules were written from them (first runs: 7 and 12 of 20).
  it("the project's hard out-of-scope questions (eval/questions/out-of-scope-life.jsonl)", () => {
    const { overall } = runRetrieval(engine, readQuestions(fileURLToPath(new URL('questions/out-of-scope-life.jsonl', import.meta.url))));
    expect(overall.declinedOutOfScope).toBeGreaterThanOrEqual(0.7);
  });

  it('restores the diacritics of folded questions from catalogue and lexicon statistics', () => {
    const statistics = catalogueAccentStatistics(repository.all());
    const citizen = scoreAccentRestoration(readQuestions(path.join(shared, 'eval/dev-questions.jsonl')).map((question) => question.question), statistics);
    const faq = scoreAccentRestoration(readQuestions(path.join(shared, 'eval/real-faq-dev.jsonl')).map((question) => question.question), statistics);
    // Measured 0.975 and 0.959 of syllables.
    expect(citizen.syllableAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(faq.syllableAccuracy).toBeGreaterThanOrEqual(0.94);
  });

  // Written by colleagues from the catalogue who never ran the engine: the honest figure for new citizen questions.
  // citizen-fresh and -2 lean to rarer procedures told as life stories; -3 and -4 follow dev-questions' mix of kinds.
  // citizen-fresh and citizen-fresh-3 were then used for tuning; -2 and -4 were kept unseen.
  it.each([
    ['citizen-fresh', 0.72, 0.92],
    ['citizen-fresh-2', 0.65, 0.82],
    ['citizen-fresh-3', 0.8, 0.93],
    ['citizen-fresh-4', 0.75, 0.9],
  ])('fresh citizen questions (eval/questions/%s.jsonl)', (name, hit1, hit5) => {
    const { overall } = runRetrieval(engine, readQuestions(fileURLToPath(new URL(`questions/${name}.jsonl`, import.meta.url))));
    expect(overall.hit1).toBeGreaterThanOrEqual(hit1 as number);
    expect(overall.hit5).toBeGreaterThanOrEqual(hit5 as number);
    expect(overall.declinedOutOfScope).toBeGreaterThanOrEqual(0.85);
    expect(overall.answeredInScope).toBeGreaterThanOrEqual(0.9);
  });
});
