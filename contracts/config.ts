// Configuration schema. Entry points (server, kb CLI, robot) call loadConfig(process.env) once at start;
// the result is validated and frozen. This file reads no globals so browser code can share the types.
import { z } from 'zod';

const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const listFromString = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0),
);

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Folder holding the catalogue database, indexes and queue data. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** Folder holding deployer-supplied model folders (embeddings, ASR). Empty = embedded defaults only. */
  MODELS_DIR: z.string().default(''),
  /** Embedding model folder inside MODELS_DIR (a sentence-transformers ONNX export). Empty = lexical search only. */
  EMBEDDING_MODEL: z.string().default(''),
  /** Active site profile id (a commune imported with `kb import`). Empty = no site restriction. */
  SITE_ID: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Origins allowed to embed the chat widget (comma separated). Empty = same origin only. */
  CORS_ORIGINS: listFromString.default([]),
  /** Optional OpenAI-compatible endpoint used only to rephrase grounded answers. */
  LLM_BASE_URL: z.string().default(''),
  LLM_MODEL: z.string().default(''),
  LLM_API_KEY: z.string().default(''),
  LLM_ENABLED: booleanFromString.default(false),
  /** Days chat transcripts and feedback are kept. */
  TRANSCRIPT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Hours personal data read from ID cards is kept before deletion (Decree 13/2023/NĐ-CP). */
  PERSONAL_DATA_RETENTION_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24),
  /** Secret used to hash ID numbers and sign officer sessions. Must be set in production. */
  APP_SECRET: z.string().min(16).default('development-only-secret-change-me'),
  /** Speech engine for announcements: espeak-ng (local) or none. */
  SPEECH_ENGINE: z.enum(['espeak-ng', 'none']).default('espeak-ng'),
  /** Ticket printer: none, tcp://host:9100, or a device path such as /dev/usb/lp0. */
  PRINTER: z.string().default('none'),
  /** Site configuration file for the queue (services, counters, opening hours). Empty = bundled default. */
  QUEUE_SITE_FILE: z.string().default(''),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration / Cấu hình không hợp lệ:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment record. Empty strings count as unset so `.env` files can leave keys blank. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.APP_SECRET === 'development-only-secret-change-me') {
    throw new ConfigError(['APP_SECRET: must be set in production']);
  }
  return Object.freeze(parsed.data);
}
