// Assistant boundary: what a citizen sends and what the assistant answers, over HTTP, socket.io and the CLI.
// Facet names follow the evaluation sets' vocabulary (trinh_tu, ho_so, le_phi, noi_nop, dieu_kien ...).
import { z } from 'zod';

export const facetSchema = z.enum([
  'tong_quan', // general overview
  'ho_so', // documents, forms
  'le_phi', // fee
  'thoi_han', // processing time
  'noi_nop', // where to submit, which agency
  'trinh_tu', // steps
  'dieu_kien', // conditions, requirements
  'can_cu', // legal basis
  'truc_tuyen', // online submission
  'ket_qua', // result
  'chao_hoi', // greeting
  'ngoai_pham_vi', // out of scope, hostile or prompt injection: polite decline
  'lam_ro', // clarifying question with choices
  'gap_can_bo', // handoff to a person / counter
]);
export type Facet = z.infer<typeof facetSchema>;

export const chatTurnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  text: z.string().max(4000),
  /** Procedure codes the assistant cited in that turn, so follow-ups keep the conversation's procedure. */
  citations: z.array(z.string()).optional(),
});
export type ChatTurn = z.infer<typeof chatTurnSchema>;

export const askRequestSchema = z.object({
  question: z.string().trim().min(1).max(1000),
  history: z.array(chatTurnSchema).max(50).optional(),
  sessionId: z.string().min(8).max(100).optional(),
});
export type AskRequest = z.infer<typeof askRequestSchema>;

export const choiceSchema = z.object({ code: z.string(), title: z.string() });
export type Choice = z.infer<typeof choiceSchema>;

export const askResponseSchema = z.object({
  answer: z.string(),
  citations: z.array(z.string()),
  answerable: z.boolean(),
  facet: facetSchema,
  /** 2–4 choices when the assistant asks a clarifying question. */
  choices: z.array(choiceSchema).optional(),
  /** Portal links of the cited procedures, when the records have them. */
  links: z.array(z.object({ code: z.string(), url: z.string() })).optional(),
  /** Suggested counter / queue service when the citizen asks for a person or the procedure is done here. */
  handoff: z.object({ serviceCode: z.string().nullable(), message: z.string() }).optional(),
  /** Whether the procedure is handled at the active site (commune), when a site profile is set. */
  handledHere: z.boolean().nullable().optional(),
});
export type AskResponse = z.infer<typeof askResponseSchema>;

export const feedbackRequestSchema = z.object({
  sessionId: z.string().min(8).max(100),
  messageId: z.string().min(1).max(100),
  rating: z.enum(['up', 'down']),
  reason: z.string().max(500).optional(),
});
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;
