// Socket.io events of the /assistant namespace: a question in, streamed answer text out, then the full answer.
import { z } from 'zod';
import { askRequestSchema, type AskResponse } from './assistant';
import type { ErrorId } from './errors';

export const askEventSchema = askRequestSchema.extend({ requestId: z.string().min(1).max(100) });
export type AskEvent = z.infer<typeof askEventSchema>;

export interface AssistantServerToClientEvents {
  'answer-delta': (payload: { requestId: string; text: string }) => void;
  'answer-end': (payload: AskResponse & { requestId: string; messageId: string }) => void;
  error: (payload: { requestId: string | null; id: ErrorId; message: string; messageVi: string }) => void;
}

export interface AssistantClientToServerEvents {
  ask: (payload: AskEvent) => void;
}
