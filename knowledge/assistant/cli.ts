// npm run -s assistant -- ask --jsonl: reads {"id","question","history"?} lines, writes
// {"id","answer","citations","answerable","facet"} lines. Nothing else on stdout.
import { z } from 'zod';
import { chatTurnSchema } from '../../contracts/assistant';
import { ConfigError, loadConfig } from '../../contracts/config';
import { openCatalogue } from '../catalogue/open';
import { openConfiguredSearchEngine } from '../retrieval/index';
import { seedSampleCatalogueIfEmpty } from '../sample/seed';
import { createAssistant } from './index';
import { forEachJsonLine } from '../cli/json-lines';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), question: z.string().min(1).max(1000), history: z.array(chatTurnSchema).max(50).optional() });

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (command !== 'ask' || !args.includes('--jsonl')) {
    process.stderr.write('usage: assistant ask --jsonl < questions.jsonl\n');
    return 2;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const repository = openCatalogue(config.DATA_DIR);
  if (seedSampleCatalogueIfEmpty(repository) > 0) process.stderr.write(`No catalogue in ${config.DATA_DIR}: using the bundled sample catalogue.\n`);
  const siteProfile = config.SITE_ID ? repository.getSiteProfile(config.SITE_ID) : null;
  // Lexical by default; hybrid when EMBEDDING_MODEL names a local model. Progress goes to stderr, never stdout.
  const { engine } = await openConfiguredSearchEngine(repository, config, (message) => process.stderr.write(`${message}\n`));
  const assistant = createAssistant({ repository, engine, siteProfile });
  const failures = await forEachJsonLine(lineSchema, '{"id","question","history"?}', async (line) => {
    const response = await assistant.ask({ question: line.question, ...(line.history ? { history: line.history } : {}) });
    process.stdout.write(`${JSON.stringify({ id: line.id, answer: response.answer, citations: response.citations, answerable: response.answerable, facet: response.facet })}\n`);
  });
  repository.close();
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main();
