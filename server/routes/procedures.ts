// Catalogue routes: one procedure by code, list and filter, fields.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../contracts/errors';
import { implementationLevelSchema, type Procedure } from '../../contracts/procedure';

const listQuerySchema = z.object({
  field: z.string().max(200).optional(),
  level: implementationLevelSchema.optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const codeParamsSchema = z.object({ code: z.string().trim().regex(/^\d\.\d{6,}(?:-[\p{L}\d]+)?$/u) });

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/giu, 'd').toLowerCase();
const summary = (procedure: Procedure) => ({ code: procedure.code, title: procedure.title, field: procedure.field, levels: procedure.levels });

const procedureRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/procedures/:code', async (request) => {
    const parsed = codeParamsSchema.safeParse(request.params);
    if (!parsed.success) throw new AppError('invalid_input', 'Invalid procedure code', { messageVi: 'Mã thủ tục không hợp lệ (dạng 1.001193)' });
    const procedure = app.catalogue.get(parsed.data.code);
    if (!procedure) throw new AppError('not_found', `No procedure ${parsed.data.code}`, { messageVi: `Không tìm thấy thủ tục mã ${parsed.data.code}` });
    return procedure;
  });

  app.get('/api/procedures', async (request) => {
    const query = listQuerySchema.parse(request.query);
    const words = query.q ? fold(query.q).split(/\s+/u).filter(Boolean) : [];
    const matches = app.catalogue.all().filter((procedure) => {
      if (query.field && procedure.field !== query.field) return false;
      if (query.level && !procedure.levels.includes(query.level)) return false;
      if (words.length > 0) {
        const haystack = fold(`${procedure.code} ${procedure.title}`);
        return words.every((word) => haystack.includes(word));
      }
      return true;
    });
    const start = (query.page - 1) * query.pageSize;
    return { total: matches.length, page: query.page, pageSize: query.pageSize, items: matches.slice(start, start + query.pageSize).map(summary) };
  });

  app.get('/api/fields', async () => {
    const counts = new Map<string, number>();
    for (const procedure of app.catalogue.all()) counts.set(procedure.field, (counts.get(procedure.field) ?? 0) + 1);
    return [...counts.entries()].filter(([field]) => field).map(([field, count]) => ({ field, count })).sort((a, b) => a.field.localeCompare(b.field, 'vi'));
  });
};

export default procedureRoutes;
