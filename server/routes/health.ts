import type { FastifyPluginAsync } from 'fastify';

const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/health', async () => ({ status: 'ok', uptimeSeconds: Math.round(process.uptime()), procedures: app.catalogue.count() }));
};

export default healthRoutes;
