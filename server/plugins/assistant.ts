// Builds the search engine and the assistant over the catalogue, once, at start.
import fp from 'fastify-plugin';
import { createAssistant, type Assistant } from '../../knowledge/assistant/index';
import { openSearchEngine } from '../../knowledge/retrieval/index';
import type { SearchEngine } from '../../knowledge/retrieval/search-engine';
import { openTranscriptStore, type TranscriptStore } from '../assistant/transcript-store';

declare module 'fastify' {
  interface FastifyInstance {
    searchEngine: SearchEngine;
    assistant: Assistant;
    transcripts: TranscriptStore;
  }
}

export default fp(
  async (app) => {
    const engine = openSearchEngine(app.catalogue, app.config.DATA_DIR);
    const siteProfile = app.config.SITE_ID ? app.catalogue.getSiteProfile(app.config.SITE_ID) : null;
    if (app.config.SITE_ID && !siteProfile) app.log.warn({ site: app.config.SITE_ID }, 'SITE_ID names no imported site profile');
    app.decorate('searchEngine', engine);
    app.decorate('assistant', createAssistant({ repository: app.catalogue, engine, siteProfile }));
    const transcripts = openTranscriptStore(app.config.DATA_DIR, app.config.TRANSCRIPT_RETENTION_DAYS);
    app.decorate('transcripts', transcripts);
    const purge = () => app.log.info({ removed: transcripts.purge() }, 'transcript retention purge');
    purge();
    const daily = setInterval(purge, 24 * 3600 * 1000);
    daily.unref();
    app.addHook('onClose', async () => {
      clearInterval(daily);
      transcripts.close();
    });
  },
  { name: 'assistant', dependencies: ['knowledge'] },
);
