// Asking and searching over HTTP, and the /assistant socket namespace that streams answers.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { Namespace } from 'socket.io';
import { z } from 'zod';
import { askRequestSchema } from '../../contracts/assistant';
import { askEventSchema, type AssistantClientToServerEvents, type AssistantServerToClientEvents } from '../../contracts/assistant-events';

const searchQuerySchema = z.object({ q: z.string().trim().min(1).max(500), top: z.coerce.number().int().min(1).max(50).default(10) });
/** Answers stream in small pieces so the citizen sees text at once; a line at a time reads naturally. */
const chunksOf = (text: string) => text.match(/[^\n]*\n*/gu)?.filter(Boolean) ?? [text];

const assistantRoutes: FastifyPluginAsync = async (app) => {
  app.post('/api/ask', async (request) => {
    const body = askRequestSchema.parse(request.body);
    return { ...(await app.assistant.ask(body)), messageId: randomUUID() };
  });

  app.get('/api/search', async (request) => {
    const query = searchQuerySchema.parse(request.query);
    return app.searchEngine.search(query.q, { top: query.top });
  });

  const namespace = app.io.of('/assistant') as Namespace<AssistantClientToServerEvents, AssistantServerToClientEvents>;
  namespace.on('connection', (socket) => {
    socket.on('ask', async (payload) => {
      const parsed = askEventSchema.safeParse(payload);
      if (!parsed.success) {
        socket.emit('error', { requestId: null, id: 'invalid_input', message: 'Invalid ask event', messageVi: 'Câu hỏi gửi lên không hợp lệ' });
        return;
      }
      const { requestId, ...request } = parsed.data;
      try {
        const response = await app.assistant.ask(request);
        for (const text of chunksOf(response.answer)) socket.emit('answer-delta', { requestId, text });
        socket.emit('answer-end', { ...response, requestId, messageId: randomUUID() });
      } catch (error) {
        app.log.error({ err: error }, 'assistant failed');
        socket.emit('error', { requestId, id: 'internal', message: 'Internal error', messageVi: 'Hệ thống gặp lỗi, vui lòng thử lại sau' });
      }
    });
  });
};

export default assistantRoutes;
