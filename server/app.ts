// Builds the application without listening, so tests use app.inject().
// Composition order: external plugins -> app plugins (decorators) -> routes.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../contracts/config';
import errorHandler from './plugins/error-handler';
import security from './plugins/security';
import { redactingHooks } from './logging';
import socket from './plugins/socket';
import webAssets from './plugins/web-assets';
import healthRoutes from './routes/health';
import knowledge, { type KnowledgeOptions } from './plugins/knowledge';
import procedureRoutes from './routes/procedures';
import assistantPlugin from './plugins/assistant';
import metrics from './plugins/metrics';
import assistantRoutes from './routes/assistant';
import pageRoutes from './routes/pages';
import queuePlugin from './queue/plugin';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export interface BuildOptions {
  config: Config;
  knowledge?: KnowledgeOptions;
}

export async function buildApp({ config, knowledge: knowledgeOptions = {} }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL, hooks: redactingHooks },
    bodyLimit: 64 * 1024,
  });
  app.decorate('config', config);

  // External plugins
  await app.register(security);

  // App plugins
  await app.register(errorHandler);
  await app.register(socket);
  await app.register(webAssets);
  await app.register(knowledge, knowledgeOptions);
  await app.register(metrics);
  await app.register(assistantPlugin);

  // Routes
  await app.register(healthRoutes);
  await app.register(procedureRoutes);
  await app.register(assistantRoutes);
  await app.register(pageRoutes);
  await app.register(queuePlugin);

  return app;
}
