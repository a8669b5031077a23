// Builds the search engine and the assistant over the catalogue, once, at start.
import fp from 'fastify-plugin';
import { createAssistant, type Assistant } from '../../knowledge/assistant/index';
import { openConfiguredSearchEngine } from '../../knowledge/retrieval/index';
import type { AnySearchEngine } from '../../knowledge/retrieval/search-engine';
import { openTranscriptStore, type TranscriptStore } from '../assistant/transcript-store';
import { createLlmRephraser } from '../../knowledge/assistant/llm-rephraser';
import { openAiCompatibleChatModel } from '../../models/llm/chat-model';

declare module 'fastify' {
  interface FastifyInstance {
    searchEngine: AnySearchEngine;
    assistant: Assistant;
    transcripts: TranscriptStore;
  }
}

export default fp(
  async (app) => {
    // Lexical unless EMBEDDING_MODEL names a local model folder; a broken folder stops the start with its name.
    const { kind, engine } = await openConfiguredSearchEngine(app.catalogue, app.config, (message) => app.log.info(message));
    app.log.info({ search: kind }, 'search engine ready');
    const siteProfile = app.config.SITE_ID ? app.catalogue.getSiteProfile(app.config.SITE_ID) : null;
    if (app.config.SITE_ID && !siteProfile) app.log.warn({ site: app.config.SITE_ID }, 'SITE_ID names no imported site profile');
    app.decorate('searchEngine', engine);
    const { LLM_ENABLED, LLM_BASE_URL, LLM_MODEL, LLM_API_KEY } = app.config;
    // Off by default; when on, the model only rephrases and a verifier guards every number and document.
    const rephraser =
      LLM_ENABLED && LLM_BASE_URL && LLM_MODEL
        ? createLlmRephraser(openAiCompatibleChatModel({ baseUrl: LLM_BASE_URL, model: LLM_MODEL, apiKey: LLM_API_KEY }), (reasons) =>
            app.log.warn({ reasons }, 'LLM rephrasing rejected; composed answer used'),
          )
        : null;
    if (LLM_ENABLED && !rephraser) app.log.warn('LLM_ENABLED needs LLM_BASE_URL and LLM_MODEL; composed answers only');
    app.decorate('assistant', createAssistant({ repository: app.catalogue, engine, siteProfile, rephraser }));
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
