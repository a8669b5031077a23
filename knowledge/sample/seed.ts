// The bundled sample catalogue, written by the project in its own schema, so a fresh machine has a working
// product before any official catalogue is imported.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { procedureSchema, type Procedure } from '../../contracts/procedure';
import type { CatalogueRepository } from '../catalogue/repository';

const sampleFileSchema = z.object({ procedures: z.array(procedureSchema).min(40) });

export function loadSampleCatalogue(): Procedure[] {
  const text = readFileSync(new URL('catalogue.json', import.meta.url), 'utf8');
  return sampleFileSchema.parse(JSON.parse(text)).procedures;
}

/** Loads the sample when the catalogue is empty; returns how many procedures were added. */
export function seedSampleCatalogueIfEmpty(repository: CatalogueRepository): number {
  if (repository.count() > 0) return 0;
  return repository.upsertMany(loadSampleCatalogue()).added.length;
}
