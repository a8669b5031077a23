// Server-rendered pages: home with the widget demo, the officer lookup page and the procedure page.
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../contracts/errors';
import { page, siteCss } from '../pages/html';
import { procedurePage, procedureSection } from '../pages/procedure-page';

const pageRoutes: FastifyPluginAsync = async (app) => {
  app.get('/assets/site.css', async (_request, reply) => reply.header('content-type', 'text/css; charset=utf-8').send(siteCss));

  app.get('/', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(
      page(
        'Trợ lý thủ tục hành chính cấp xã',
        `<h1>Trợ lý thủ tục hành chính</h1>
<p>Hỏi đáp thủ tục hành chính dựa trên Cơ sở dữ liệu quốc gia về thủ tục hành chính. Bấm nút tròn ở góc phải bên dưới để hỏi.</p>
<ul><li><a href="/tra-cuu">Tra cứu thủ tục (dành cho cán bộ)</a></li><li><a href="/api/health">Tình trạng hệ thống</a></li></ul>
<h2>Nhúng khung hỏi đáp vào trang web của xã</h2>
<pre>&lt;script src="https://dia-chi-may-chu/assets/widget.js" data-server="https://dia-chi-may-chu"&gt;&lt;/script&gt;</pre>`,
        ['/assets/widget.js'],
      ),
    ),
  );

  app.get('/tra-cuu', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(
      page(
        'Tra cứu thủ tục hành chính',
        `<h1>Tra cứu thủ tục hành chính</h1>
<form id="lookup-form" class="no-print" role="search">
<label>Tìm thủ tục <input id="lookup-query" type="search" autocomplete="off" placeholder="ví dụ: khai sinh, cccd, sổ đỏ" size="40"></label>
<label>Lĩnh vực <select id="lookup-field"><option value="">Tất cả</option></select></label>
<label>Cấp <select id="lookup-level"><option value="">Tất cả</option><option value="commune">Cấp xã</option><option value="province">Cấp tỉnh</option><option value="ministry">Cấp bộ</option></select></label>
</form>
<p id="lookup-status" aria-live="polite"></p>
<ol id="lookup-results" class="results no-print"></ol>
<article id="lookup-detail" aria-live="polite"></article>`,
        ['/assets/lookup.js'],
      ),
    ),
  );

  app.get<{ Params: { code: string } }>('/thu-tuc/:code', async (request, reply) => {
    const procedure = app.catalogue.get(request.params.code.trim());
    if (!procedure) throw new AppError('not_found', `No procedure ${request.params.code}`, { messageVi: 'Không tìm thấy thủ tục này' });
    return reply.type('text/html; charset=utf-8').send(procedurePage(procedure));
  });

  app.get<{ Params: { code: string } }>('/api/procedures/:code/html', async (request, reply) => {
    const procedure = app.catalogue.get(request.params.code.trim());
    if (!procedure) throw new AppError('not_found', `No procedure ${request.params.code}`, { messageVi: 'Không tìm thấy thủ tục này' });
    return reply.type('text/html; charset=utf-8').send(procedureSection(procedure));
  });
};

export default pageRoutes;
