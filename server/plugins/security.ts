// Protection for a widget that any commune website embeds: CORS allow-list, security headers, rate limits.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';

export default fp(
  async (app) => {
    const allowed = new Set(app.config.CORS_ORIGINS);
    await app.register(cors, {
      // Same-origin requests carry no Origin header; other origins must be on the list.
      origin: (origin, callback) => callback(null, !origin || allowed.has(origin)),
      methods: ['GET', 'POST'],
    });
    await app.register(helmet, {
      // The widget script and its procedure links are loaded by other sites.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          mediaSrc: ["'self'", 'blob:', 'data:'],
        },
      },
    });
    await app.register(rateLimit, {
      global: true,
      max: app.config.NODE_ENV === 'test' ? 10_000 : 120,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        error: {
          id: 'rate_limited',
          message: `Too many requests, retry in ${Math.ceil(context.ttl / 1000)} s`,
          messageVi: `Bạn gửi quá nhiều yêu cầu, vui lòng thử lại sau ${Math.ceil(context.ttl / 1000)} giây`,
        },
      }),
    });
  },
  { name: 'security' },
);
