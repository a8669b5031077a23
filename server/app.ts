// Builds the application without listening, so tests use app.inject().
// Composition order: external plugins -> app plugins (decorators) -> routes.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../contracts/config';
import errorHandler from './plugins/error-handler';
import socket from './plugins/socket';
import webAssets from './plugins/web-assets';
import healthRoutes from './routes/health';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export interface BuildOptions {
  config: Config;
}

export async function buildApp({ config }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    bodyLimit: 64 * 1024,
  });
  app.decorate('config', config);

  // External plugins

  // App plugins
  await app.register(errorHandler);
  await app.register(socket);
  await app.register(webAssets);

  // Routes
  await app.register(healthRoutes);

  return app;
}
