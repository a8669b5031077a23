// One socket.io server shares the Fastify port. Features use their own namespaces (/queue, /assistant) with
// typed event maps from contracts/, so they never step on each other.
import fp from 'fastify-plugin';
import { Server } from 'socket.io';

declare module 'fastify' {
  interface FastifyInstance {
    io: Server;
  }
}

export default fp(
  async (app) => {
    const io = new Server(app.server, {
      cors: app.config.CORS_ORIGINS.length > 0 ? { origin: app.config.CORS_ORIGINS } : undefined,
      maxHttpBufferSize: 64 * 1024,
      serveClient: false,
    });
    app.decorate('io', io);
    app.addHook('onClose', async () => {
      await io.close();
    });
  },
  { name: 'socket' },
);
