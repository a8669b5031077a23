// Prometheus text metrics: request counts and latency, questions asked and answered, socket connections.
import fp from 'fastify-plugin';

const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface Metrics {
  countAsk(answerable: boolean): void;
  socketConnected(delta: 1 | -1): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

export default fp(
  async (app) => {
    const requests = new Map<string, number>();
    const latency = new Map<string, { counts: number[]; sum: number; total: number }>();
    let asks = 0;
    let answered = 0;
    let sockets = 0;
    app.decorate('metrics', {
      countAsk: (answerable: boolean) => {
        asks += 1;
        if (answerable) answered += 1;
      },
      socketConnected: (delta: 1 | -1) => {
        sockets += delta;
      },
    });
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unknown';
      const key = `method="${request.method}",route="${route}",status="${reply.statusCode}"`;
      requests.set(key, (requests.get(key) ?? 0) + 1);
      const seconds = reply.elapsedTime / 1000;
      const entry = latency.get(route) ?? { counts: buckets.map(() => 0), sum: 0, total: 0 };
      buckets.forEach((bucket, index) => {
        if (seconds <= bucket) entry.counts[index]! += 1;
      });
      entry.sum += seconds;
      entry.total += 1;
      latency.set(route, entry);
    });
    app.get('/metrics', async (_request, reply) => {
      const lines = ['# TYPE http_requests_total counter'];
      for (const [key, value] of requests) lines.push(`http_requests_total{${key}} ${value}`);
      lines.push('# TYPE http_request_duration_seconds histogram');
      for (const [route, entry] of latency) {
        buckets.forEach((bucket, index) => lines.push(`http_request_duration_seconds_bucket{route="${route}",le="${bucket}"} ${entry.counts[index]}`));
        lines.push(`http_request_duration_seconds_bucket{route="${route}",le="+Inf"} ${entry.total}`);
        lines.push(`http_request_duration_seconds_sum{route="${route}"} ${entry.sum}`, `http_request_duration_seconds_count{route="${route}"} ${entry.total}`);
      }
      lines.push('# TYPE assistant_questions_total counter', `assistant_questions_total ${asks}`);
      lines.push('# TYPE assistant_answered_total counter', `assistant_answered_total ${answered}`);
      lines.push('# TYPE socket_connections gauge', `socket_connections ${sockets}`);
      lines.push('# TYPE catalogue_procedures gauge', `catalogue_procedures ${app.catalogue.count()}`);
      return reply.header('content-type', 'text/plain; version=0.0.4').send(`${lines.join('\n')}\n`);
    });
  },
  { name: 'metrics', dependencies: ['knowledge'] },
);
