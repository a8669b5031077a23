// npm run -s eval -- retrieval --questions <file.jsonl> [--out <folder>] [--data-dir <dir>]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../contracts/config';
import { openCatalogue } from '../knowledge/catalogue/open';
import { openSearchEngine } from '../knowledge/retrieval/index';
import { barChartSvg, summaryTable } from './report';
import { readQuestions, runRetrieval } from './retrieval-eval';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

const [command, ...args] = process.argv.slice(2);
if (command !== 'retrieval' || !option(args, '--questions')) {
  process.stderr.write('usage: eval retrieval --questions <file.jsonl> [--out <folder>] [--data-dir <dir>]\n');
  process.exit(2);
}
const questionsFile = option(args, '--questions')!;
const dataDir = option(args, '--data-dir') ?? loadConfig(process.env).DATA_DIR;
const out = option(args, '--out') ?? path.join('eval', 'reports', path.basename(questionsFile, '.jsonl'));
const repository = openCatalogue(dataDir);
const engine = openSearchEngine(repository, dataDir);
const catalogueSize = repository.count();
repository.close();
const { judged, overall, byType } = runRetrieval(engine, readQuestions(questionsFile));
const rows = [{ label: 'all', summary: overall }, ...Object.entries(byType).map(([label, summary]) => ({ label, summary }))];
const table = summaryTable(rows);
console.log(`${questionsFile} on ${catalogueSize} procedures`);
console.log(table);
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, 'results.jsonl'),
  judged.map((question) => JSON.stringify({ id: question.id, type: question.type, question: question.question, relevant: [...question.relevant], ranked: question.ranked, answerable: question.answerable, ms: Math.round(question.ms * 100) / 100 })).join('\n') + '\n',
);
writeFileSync(path.join(out, 'chart.svg'), barChartSvg(rows.map(({ label, summary }) => ({ label, values: { 'hit@1': summary.hit1, 'hit@5': summary.hit5, 'MRR@10': summary.mrr10 } })), ['hit@1', 'hit@5', 'MRR@10']));
writeFileSync(
  path.join(out, 'report.md'),
  `# Retrieval evaluation: ${path.basename(questionsFile)}\n\nCatalogue: ${catalogueSize} procedures. Generated ${new Date().toISOString()}.\n\n${table}\n\n![metrics by question type](chart.svg)\n`,
);
console.log(`report written to ${out}`);
