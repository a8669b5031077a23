// Asking and searching over HTTP, and the /assistant socket namespace that streams answers.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { Namespace } from 'socket.io';
import { z } from 'zod';
import { askRequestSchema, feedbackRequestSchema, type AskRequest, type AskResponse } from '../../contracts/assistant';
import { AppError } from '../../contracts/errors';
import { askEventSchema, type AssistantClientToServerEvents, type AssistantServerToClientEvents } from '../../contracts/assistant-events';

const searchQuerySchema = z.object({ q: z.string().trim().min(1).max(500), top: z.coerce.number().int().min(1).max(50).default(10) });
/** Answers stream in small pieces so the citizen sees text at once; a line at a time reads naturally. */
const chunksOf = (text: string) => text.match(/[^\n]*\n*/gu)?.filter(Boolean) ?? [text];

const assistantRoutes: FastifyPluginAsync = async (app) => {
  /** Asks, counts and keeps the transcript (when the client has a session). */
  async function ask(request: AskRequest): Promise<AskResponse & { messageId: string }> {
    const response = await app.assistant.ask(request);
    const messageId = randomUUID();
    app.metrics.countAsk(response.answerable);
    if (request.sessionId) {
      app.transcripts.record({ sessionId: request.sessionId, messageId, question: request.question, answer: response.answer, citations: response.citations, facet: response.facet });
    }
    return { ...response, messageId };
  }

  // Besides the per-IP limit, one chat session may not flood the assistant (many citizens share one public IP).
  const perSession = {
    max: app.config.NODE_ENV === 'test' ? 10_000 : 30,
    timeWindow: '1 minute',
    // After body parsing, so the session id is known.
    hook: 'preHandler' as const,
    keyGenerator: (request: { body?: unknown; ip: string }) => {
      const sessionId = (request.body as { sessionId?: unknown } | undefined)?.sessionId;
      return typeof sessionId === 'string' ? `session:${sessionId.slice(0, 100)}` : `ip:${request.ip}`;
    },
  };
  app.post('/api/ask', { config: { rateLimit: perSession } }, async (request) => ask(askRequestSchema.parse(request.body)));

  app.post('/api/feedback', async (request) => {
    const body = feedbackRequestSchema.parse(request.body);
    if (!app.transcripts.feedback(body)) throw new AppError('not_found', 'No such message in this session', { messageVi: 'Không tìm thấy câu trả lời này trong phiên trò chuyện' });
    return { saved: true };
  });

  app.get('/api/search', async (request) => {
    const query = searchQuerySchema.parse(request.query);
    return await app.searchEngine.search(query.q, { top: query.top });
  });

  const namespace = app.io.of('/assistant') as Namespace<AssistantClientToServerEvents, AssistantServerToClientEvents>;
  namespace.on('connection', (socket) => {
    app.metrics.socketConnected(1);
    socket.on('disconnect', () => app.metrics.socketConnected(-1));
    // A connection may ask a few questions a minute: enough for a person, not for a script.
    let recent: number[] = [];
    socket.on('ask', async (payload) => {
      const now = Date.now();
      recent = recent.filter((time) => now - time < 60_000);
      if (recent.length >= (app.config.NODE_ENV === 'test' ? 1000 : 20)) {
        socket.emit('error', { requestId: null, id: 'rate_limited', message: 'Too many questions', messageVi: 'Bạn hỏi quá nhanh, vui lòng chờ một chút' });
        return;
      }
      recent.push(now);
      const parsed = askEventSchema.safeParse(payload);
      if (!parsed.success) {
        socket.emit('error', { requestId: null, id: 'invalid_input', message: 'Invalid ask event', messageVi: 'Câu hỏi gửi lên không hợp lệ' });
        return;
      }
      const { requestId, ...request } = parsed.data;
      try {
        const response = await ask(request);
        for (const text of chunksOf(response.answer)) socket.emit('answer-delta', { requestId, text });
        socket.emit('answer-end', { ...response, requestId });
      } catch (error) {
        app.log.error({ err: error }, 'assistant failed');
        socket.emit('error', { requestId, id: 'internal', message: 'Internal error', messageVi: 'Hệ thống gặp lỗi, vui lòng thử lại sau' });
      }
    });
  });
};

export default assistantRoutes;
