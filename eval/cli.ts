// npm run -s eval -- retrieval --questions <file.jsonl> [--out <folder>] [--data-dir <dir>]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../contracts/config';
import { openCatalogue } from '../knowledge/catalogue/open';
import { openConfiguredSearchEngine, openSearchEngine } from '../knowledge/retrieval/index';
import { barChartSvg, summaryTable } from './report';
import { readQuestions, runRetrieval, runRetrievalAsync } from './retrieval-eval';

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
const config = loadConfig(process.env);
const dataDir = option(args, '--data-dir') ?? config.DATA_DIR;
// With EMBEDDING_MODEL set the hybrid engine is measured, and reports go to their own folder by default.
const hybridModel = config.EMBEDDING_MODEL;
const out = option(args, '--out') ?? path.join('eval', 'reports', path.basename(questionsFile, '.jsonl') + (hybridModel ? `-hybrid-${hybridModel.replace(/[^A-Za-z0-9._-]+/gu, '_')}` : ''));
const repository = openCatalogue(dataDir);
const catalogueSize = repository.count();
const { judged, overall, byType } = hybridModel
  ? await runRetrievalAsync((await openConfiguredSearchEngine(repository, { ...config, DATA_DIR: dataDir }, (message) => console.error(message))).engine, readQuestions(questionsFile))
  : runRetrieval(openSearchEngine(repository, dataDir), readQuestions(questionsFile));
repository.close();
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
  `# Retrieval evaluation: ${path.basename(questionsFile)}\n\n${hybridModel ? `Engine: hybrid, lexical + dense (${hybridModel}).\n\n` : ''}Catalogue: ${catalogueSize} procedures. Generated ${new Date().toISOString()}.\n\n${table}\n\n![metrics by question type](chart.svg)\n`,
);
console.log(`report written to ${out}`);
