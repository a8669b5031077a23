// The queue feature: site configuration, storage, service, HTTP routes and the /queue socket namespace.
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import type { Namespace } from 'socket.io';
import { z } from 'zod';
import { AppError } from '../../contracts/errors';
import {
  issueTicketRequestSchema,
  officerSignInSchema,
  queueSiteConfigSchema,
  transferRequestSchema,
  type QueueClientToServerEvents,
  type QueueServerToClientEvents,
  type QueueSiteConfig,
} from '../../contracts/queue';
import { signIn, verifySession } from './officer-auth';
import { createQueueService } from './queue-service';
import { openQueueStore } from './queue-store';

export function loadSiteConfig(file: string): QueueSiteConfig {
  const source = file || new URL('default-site.json', import.meta.url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read queue site file ${String(source)}: ${(error as Error).message}`);
  }
  const parsed = queueSiteConfigSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid queue site file ${String(source)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  return parsed.data;
}

const counterParams = z.object({ counter: z.coerce.number().int().positive() });
const ticketBody = z.object({ ticketId: z.string().min(1) });

const queuePlugin: FastifyPluginAsync = async (app) => {
  const site = loadSiteConfig(app.config.QUEUE_SITE_FILE);
  const store = openQueueStore(app.config.DATA_DIR);
  const boards = app.io.of('/queue') as Namespace<QueueClientToServerEvents, QueueServerToClientEvents>;
  const queue = createQueueService(site, store, (call) => boards.to(`site:${site.siteId}`).emit('called', call));
  app.addHook('onClose', async () => store.close());

  boards.on('connection', (socket) => {
    socket.on('join-board', ({ siteId }) => {
      if (siteId !== site.siteId) return;
      void socket.join(`site:${siteId}`);
      socket.emit('state', queue.board());
    });
  });

  app.get('/api/queue/services', async () => ({ siteId: site.siteId, name: site.name, services: site.services, counters: site.counters.map(({ number, name, services }) => ({ number, name, services })), openingHours: site.openingHours }));

  app.post('/api/queue/tickets', async (request, reply) => {
    const { ticket, created } = queue.issue(issueTicketRequestSchema.parse(request.body));
    return reply.status(created ? 201 : 200).send(ticket);
  });

  app.get<{ Params: { id: string } }>('/api/queue/tickets/:id', async (request) => queue.ticket(request.params.id));

  app.get('/api/queue/board', async () => queue.board());

  app.post('/api/queue/officer/sign-in', async (request) => {
    const body = officerSignInSchema.parse(request.body);
    const token = signIn(site, body.pin, body.counter, app.config.APP_SECRET);
    if (!token) throw new AppError('unauthorized', 'Wrong PIN or counter', { messageVi: 'Mã PIN hoặc số quầy không đúng' });
    return { token, counter: body.counter };
  });

  // Officer actions: the session must be for this very counter.
  app.register(async (officer) => {
    officer.addHook('preHandler', async (request) => {
      const { counter } = counterParams.parse(request.params);
      const session = verifySession(request.headers.authorization?.replace(/^Bearer\s+/iu, ''), app.config.APP_SECRET);
      if (!session || session.counter !== counter) throw new AppError('unauthorized', 'Officer session required', { messageVi: 'Cần đăng nhập cán bộ tại quầy này' });
    });
    const counterOf = (params: unknown) => counterParams.parse(params).counter;
    officer.post('/api/queue/counters/:counter/call-next', async (request) => ({ ticket: queue.callNext(counterOf(request.params)) }));
    officer.post('/api/queue/counters/:counter/recall', async (request) => ({ ticket: queue.recall(counterOf(request.params)) }));
    officer.post('/api/queue/counters/:counter/no-show', async (request) => queue.noShow(counterOf(request.params), ticketBody.parse(request.body).ticketId));
    officer.post('/api/queue/counters/:counter/start', async (request) => queue.start(counterOf(request.params), ticketBody.parse(request.body).ticketId));
    officer.post('/api/queue/counters/:counter/complete', async (request) => queue.complete(counterOf(request.params), ticketBody.parse(request.body).ticketId));
    officer.post('/api/queue/counters/:counter/transfer', async (request) => {
      const body = transferRequestSchema.parse(request.body);
      return queue.transfer(counterOf(request.params), body.ticketId, body.serviceCode);
    });
  });
};

export default queuePlugin;
