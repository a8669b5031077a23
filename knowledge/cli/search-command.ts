// kb search --jsonl [--top N]: reads {"id","question"} lines on stdin and writes one result line per question.
// Nothing but those lines goes to stdout.
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { EmbeddingModelError } from '../../models/embedding/embedding-model';
import { openCatalogue } from '../catalogue/open';
import { openConfiguredSearchEngine } from '../retrieval/index';
import { cliConfig } from './cli-config';
import { forEachJsonLine } from './json-lines';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), question: z.string() });

export async function run(args: string[]): Promise<number> {
  if (!args.includes('--jsonl')) {
    process.stderr.write('usage: kb search --jsonl [--top N] < questions.jsonl\n');
    return 2;
  }
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number.parseInt(args[topIndex + 1] ?? '', 10) : 10;
  if (!Number.isInteger(top) || top < 1 || top > 100) {
    process.stderr.write('--top must be a whole number from 1 to 100\n');
    return 2;
  }
  const config = cliConfig();
  const repository = openCatalogue(config.DATA_DIR);
  // Lexical by default; hybrid (dense + lexical) when EMBEDDING_MODEL is set. Progress goes to stderr.
  let opened;
  try {
    opened = await openConfiguredSearchEngine(repository, config, (message) => process.stderr.write(`${message}\n`));
  } catch (error) {
    if (!(error instanceof EmbeddingModelError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  } finally {
    repository.close();
  }
  const { engine } = opened;
  const failures = await forEachJsonLine(lineSchema, '{"id","question"}', async (line) => {
    const started = performance.now();
    const response = await engine.search(line.question, { top });
    const ms = Math.round((performance.now() - started) * 100) / 100;
    process.stdout.write(`${JSON.stringify({ id: line.id, results: response.results, answerable: response.answerable, ms })}\n`);
  });
  return failures > 0 ? 1 : 0;
}
