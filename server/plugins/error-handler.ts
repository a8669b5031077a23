// One place maps every error to an HTTP answer with a stable id. zod and fastify validation errors become
// invalid_input; AppError keeps its id; anything else is internal and its details stay in the log.
import fp from 'fastify-plugin';
import { ZodError } from 'zod';
import { AppError, httpStatusByErrorId, type ErrorBody } from '../../contracts/errors';

export default fp(
  async (app) => {
    app.setErrorHandler((error, request, reply) => {
      let body: ErrorBody;
      if (error instanceof AppError) {
        body = { error: { id: error.id, message: error.message, messageVi: error.messageVi, details: error.details } };
      } else if (error instanceof ZodError) {
        body = {
          error: {
            id: 'invalid_input',
            message: 'Invalid input',
            messageVi: 'Dữ liệu gửi lên không hợp lệ',
            details: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
          },
        };
      } else if (typeof (error as { statusCode?: number }).statusCode === 'number' && (error as { statusCode: number }).statusCode < 500) {
        const statusCode = (error as { statusCode: number }).statusCode;
        const id = statusCode === 429 ? 'rate_limited' : statusCode === 404 ? 'not_found' : 'invalid_input';
        body = { error: { id, message: (error as Error).message, messageVi: messageViFor(id) } };
      } else {
        request.log.error({ err: error }, 'unhandled error');
        body = { error: { id: 'internal', message: 'Internal error', messageVi: 'Hệ thống gặp lỗi, vui lòng thử lại sau' } };
      }
      void reply.status(httpStatusByErrorId[body.error.id]).send(body);
    });

    app.setNotFoundHandler((request, reply) => {
      const body: ErrorBody = {
        error: { id: 'not_found', message: `Route ${request.method} ${request.url} not found`, messageVi: 'Không tìm thấy địa chỉ này' },
      };
      void reply.status(404).send(body);
    });
  },
  { name: 'error-handler' },
);

function messageViFor(id: 'rate_limited' | 'not_found' | 'invalid_input'): string {
  switch (id) {
    case 'rate_limited':
      return 'Bạn gửi quá nhiều yêu cầu, vui lòng chờ một chút';
    case 'not_found':
      return 'Không tìm thấy';
    case 'invalid_input':
      return 'Dữ liệu gửi lên không hợp lệ';
  }
}
