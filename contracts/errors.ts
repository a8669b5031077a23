// Few error types, each with a stable id and a cause. One handler in the server maps them to HTTP answers.
// Expected states (printer out of paper, no answer found) are values, never these.
export const errorIds = {
  invalidInput: 'invalid_input',
  notFound: 'not_found',
  conflict: 'conflict',
  unauthorized: 'unauthorized',
  rateLimited: 'rate_limited',
  unavailable: 'unavailable',
  malformedFile: 'malformed_file',
  internal: 'internal',
} as const;
export type ErrorId = (typeof errorIds)[keyof typeof errorIds];

export const httpStatusByErrorId: Record<ErrorId, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  rate_limited: 429,
  unavailable: 503,
  malformed_file: 422,
  internal: 500,
};

export class AppError extends Error {
  readonly id: ErrorId;
  /** Citizen-facing Vietnamese message; `message` stays English for logs. */
  readonly messageVi: string;
  readonly details: unknown;

  constructor(id: ErrorId, message: string, options: { messageVi?: string; cause?: unknown; details?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.id = id;
    this.messageVi = options.messageVi ?? message;
    this.details = options.details;
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;

/** The JSON body every failing HTTP request answers with. */
export interface ErrorBody {
  error: { id: ErrorId; message: string; messageVi: string; details?: unknown };
}
