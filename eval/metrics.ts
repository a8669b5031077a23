// Retrieval metrics over ranked code lists. Any gold or alternative code counts as relevant.
export interface JudgedQuestion {
  id: string;
  type: string;
  relevant: ReadonlySet<string>;
  ranked: readonly string[];
  answerable: boolean;
  ms: number;
}

export function rankOfFirstHit(question: JudgedQuestion, depth = 10): number | null {
  const index = question.ranked.slice(0, depth).findIndex((code) => question.relevant.has(code));
  return index < 0 ? null : index + 1;
}

export function ndcgAt(question: JudgedQuestion, depth = 10): number {
  let dcg = 0;
  question.ranked.slice(0, depth).forEach((code, index) => {
    if (question.relevant.has(code)) dcg += 1 / Math.log2(index + 2);
  });
  let ideal = 0;
  for (let index = 0; index < Math.min(depth, question.relevant.size); index += 1) ideal += 1 / Math.log2(index + 2);
  return ideal > 0 ? dcg / ideal : 0;
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

export interface Summary {
  questions: number;
  inScope: number;
  hit1: number;
  hit5: number;
  hit10: number;
  mrr10: number;
  ndcg10: number;
  outOfScope: number;
  declinedOutOfScope: number;
  answeredInScope: number;
  p50Ms: number;
  p95Ms: number;
}

export function summarise(questions: readonly JudgedQuestion[]): Summary {
  const inScope = questions.filter((question) => question.relevant.size > 0);
  const outOfScope = questions.filter((question) => question.relevant.size === 0);
  const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
  const ranks = inScope.map((question) => rankOfFirstHit(question));
  return {
    questions: questions.length,
    inScope: inScope.length,
    hit1: mean(ranks.map((rank) => (rank !== null && rank <= 1 ? 1 : 0))),
    hit5: mean(ranks.map((rank) => (rank !== null && rank <= 5 ? 1 : 0))),
    hit10: mean(ranks.map((rank) => (rank !== null ? 1 : 0))),
    mrr10: mean(ranks.map((rank) => (rank !== null ? 1 / rank : 0))),
    ndcg10: mean(inScope.map((question) => ndcgAt(question))),
    outOfScope: outOfScope.length,
    declinedOutOfScope: mean(outOfScope.map((question) => (question.answerable ? 0 : 1))),
    answeredInScope: mean(inScope.map((question) => (question.answerable ? 1 : 0))),
    p50Ms: percentile(questions.map((question) => question.ms), 0.5),
    p95Ms: percentile(questions.map((question) => question.ms), 0.95),
  };
}
