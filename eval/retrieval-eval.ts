// Runs a question set through the search engine and judges the ranked codes.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { SearchEngine } from '../knowledge/retrieval/search-engine';
import { summarise, type JudgedQuestion, type Summary } from './metrics';

export const evalQuestionSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  question: z.string(),
  gold: z.array(z.string()).default([]),
  alt: z.array(z.string()).default([]),
  type: z.string().default('unknown'),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export function readQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = evalQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export function runRetrieval(engine: SearchEngine, questions: readonly EvalQuestion[]): { judged: (JudgedQuestion & { question: string })[]; overall: Summary; byType: Record<string, Summary> } {
  const judged = questions.map((question) => {
    const started = performance.now();
    const response = engine.search(question.question, { top: 10 });
    const ms = performance.now() - started;
    return {
      id: question.id,
      type: question.type,
      question: question.question,
      relevant: new Set([...question.gold, ...question.alt]),
      ranked: response.results.map((result) => result.code),
      answerable: response.answerable,
      ms,
    };
  });
  const types = [...new Set(judged.map((question) => question.type))].sort();
  return {
    judged,
    overall: summarise(judged),
    byType: Object.fromEntries(types.map((type) => [type, summarise(judged.filter((question) => question.type === type))])),
  };
}

// --- Engines whose search awaits (hybrid with EMBEDDING_MODEL): the same judging, one question at a time. ---
import type { AsyncSearchEngine } from '../knowledge/retrieval/hybrid-engine';

export async function runRetrievalAsync(engine: AsyncSearchEngine, questions: readonly EvalQuestion[]): Promise<ReturnType<typeof runRetrieval>> {
  const judged: (JudgedQuestion & { question: string })[] = [];
  for (const question of questions) {
    const started = performance.now();
    const response = await engine.search(question.question, { top: 10 });
    const ms = performance.now() - started;
    judged.push({ id: question.id, type: question.type, question: question.question, relevant: new Set([...question.gold, ...question.alt]), ranked: response.results.map((result) => result.code), answerable: response.answerable, ms });
  }
  const types = [...new Set(judged.map((question) => question.type))].sort();
  return { judged, overall: summarise(judged), byType: Object.fromEntries(types.map((type) => [type, summarise(judged.filter((question) => question.type === type))])) };
}
