// Opens the catalogue in DATA_DIR (seeded with the bundled sample when empty) and decorates the app with it.
// Tests pass their own repository so no file is touched.
import fp from 'fastify-plugin';
import type { CatalogueRepository } from '../../knowledge/catalogue/repository';
import { openCatalogue } from '../../knowledge/catalogue/open';
import { seedSampleCatalogueIfEmpty } from '../../knowledge/sample/seed';

declare module 'fastify' {
  interface FastifyInstance {
    catalogue: CatalogueRepository;
  }
}

export interface KnowledgeOptions {
  repository?: CatalogueRepository;
}

export default fp<KnowledgeOptions>(
  async (app, options) => {
    const repository = options.repository ?? openCatalogue(app.config.DATA_DIR);
    const seeded = seedSampleCatalogueIfEmpty(repository);
    if (seeded > 0) app.log.info({ seeded }, 'catalogue was empty: loaded the bundled sample catalogue');
    app.decorate('catalogue', repository);
    app.addHook('onClose', async () => {
      if (!options.repository) repository.close();
    });
  },
  { name: 'knowledge' },
);
