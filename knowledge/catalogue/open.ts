import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CatalogueRepository } from './repository';
import { openSqliteCatalogue } from './sqlite-repository';

/** The embedded catalogue: `<dataDir>/catalogue.db`. */
export function openCatalogue(dataDir: string): CatalogueRepository {
  mkdirSync(dataDir, { recursive: true });
  return openSqliteCatalogue(path.join(dataDir, 'catalogue.db'));
}
