// Accent statistics for restoring diacritics (knowledge/text/accent-restore.ts) from what the project has: the
// catalogue's own text and the lexicon's everyday phrases, which count more because citizens speak that way.
import { readFileSync } from 'node:fs';
import type { Procedure } from '../../contracts/procedure';
import { lexiconFileSchema, lexiconFiles } from '../lexicon/lexicon';
import { buildAccentStatistics, type AccentStatistics } from '../text/accent-restore';

export function catalogueAccentStatistics(procedures: readonly Procedure[], lexicon: URL[] = lexiconFiles()): AccentStatistics {
  return buildAccentStatistics(
    (function* () {
      for (const procedure of procedures) {
        yield { text: procedure.title, weight: 1 };
        yield { text: procedure.documents.map((document) => document.name).join('. '), weight: 1 };
        yield { text: procedure.results.join('. '), weight: 1 };
        yield { text: procedure.steps.map((step) => step.text).join('. ').slice(0, 5000), weight: 1 };
      }
      for (const url of lexicon) for (const entry of lexiconFileSchema.parse(JSON.parse(readFileSync(url, 'utf8'))).entries) for (const say of entry.say) yield { text: say, weight: 20 };
    })(),
  );
}
