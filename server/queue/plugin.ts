// The queue feature: site configuration, storage, service, HTTP routes and the /queue socket namespace.
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Namespace } from 'socket.io';
import { z } from 'zod';
import { AppError } from '../../contracts/errors';
import {
  appointmentsQuerySchema,
  bookAppointmentRequestSchema,
  checkInRequestSchema,
  issueTicketRequestSchema,
  officerSignInSchema,
  queueSiteConfigSchema,
  transferRequestSchema,
  type QueueClientToServerEvents,
  type QueueServerToClientEvents,
  type QueueSiteConfig,
  type Ticket,
} from '../../contracts/queue';
import { signIn, verifySession } from './officer-auth';
import { escposTicket } from '../devices/printer/escpos-ticket';
import devices from './devices-plugin';
import { escapeHtml, page } from '../pages/html';
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
  await app.register(devices);
  const site = loadSiteConfig(app.config.QUEUE_SITE_FILE);
  const store = openQueueStore(app.config.DATA_DIR);
  const boards = app.io.of('/queue') as Namespace<QueueClientToServerEvents, QueueServerToClientEvents>;
  const room = `site:${site.siteId}`;
  const queue = createQueueService(site, store, (call) => boards.to(room).emit('called', call), () => new Date(), app.config.APP_SECRET);
  // Boards show the next numbers too: every change of the queue sends them a fresh state.
  const broadcast = () => boards.to(room).emit('state', queue.board());
  app.addHook('onClose', async () => store.close());

  boards.on('connection', (socket) => {
    socket.on('join-board', ({ siteId }) => {
      if (siteId !== site.siteId) return;
      void socket.join(`site:${siteId}`);
      socket.emit('state', queue.board());
    });
  });

  app.get('/api/queue/services', async () => ({ siteId: site.siteId, name: site.name, services: site.services, counters: site.counters.map(({ number, name, services }) => ({ number, name, services })), openingHours: site.openingHours, issueFromMinutesBeforeOpen: site.issueFromMinutesBeforeOpen, appointmentSlotMinutes: site.appointmentSlotMinutes }));

  const printTicket = async (request: FastifyRequest, ticket: Ticket) => {
    if (app.ticketPrinter.state() === 'not_configured') return;
    // The number is valid whatever the printer says; a failed print is shown to staff, never an error here.
    const statusUrl = `${request.protocol}://${request.host}/so/${ticket.id}`;
    const serviceName = site.services.find((service) => service.code === ticket.serviceCode)?.name ?? ticket.serviceCode;
    const job = await escposTicket({ siteName: site.name, number: ticket.number, serviceName, issuedAt: new Date(ticket.issuedAt), waitingAhead: ticket.position, statusUrl });
    const state = await app.ticketPrinter.print(job);
    if (state !== 'ready') request.log.warn({ printer: app.ticketPrinter.name, state }, 'ticket not printed');
  };

  app.post('/api/queue/tickets', async (request, reply) => {
    const { ticket, created } = queue.issue(issueTicketRequestSchema.parse(request.body));
    if (created) {
      await printTicket(request, ticket);
      broadcast();
    }
    return reply.status(created ? 201 : 200).send(ticket);
  });

  // Appointments: booked by citizens (public), listed for officers, checked in at the kiosk with the code.
  app.post('/api/queue/appointments', async (request, reply) => {
    const { appointment, created } = queue.book(bookAppointmentRequestSchema.parse(request.body));
    return reply.status(created ? 201 : 200).send(appointment);
  });

  app.get('/api/queue/appointments', async (request) => {
    const session = verifySession(request.headers.authorization?.replace(/^Bearer\s+/iu, ''), app.config.APP_SECRET);
    if (!session) throw new AppError('unauthorized', 'Officer session required', { messageVi: 'Cần đăng nhập cán bộ để xem lịch hẹn' });
    const { date } = appointmentsQuerySchema.parse(request.query);
    return queue.appointments(date);
  });

  app.post<{ Params: { id: string } }>('/api/queue/appointments/:id/check-in', async (request, reply) => {
    const { code } = checkInRequestSchema.parse(request.body);
    const result = queue.checkIn(request.params.id, code);
    if (result.created) {
      await printTicket(request, result.ticket);
      broadcast();
    }
    return reply.status(result.created ? 201 : 200).send(result);
  });

  app.get('/api/queue/printer', async () => ({ name: app.ticketPrinter.name, state: app.ticketPrinter.state() }));

  app.get<{ Params: { id: string } }>('/api/queue/tickets/:id/announcement.wav', async (request, reply) => {
    const ticket = queue.ticket(request.params.id);
    if (!app.speech || ticket.counter === null) throw new AppError('unavailable', 'No announcement', { messageVi: 'Không có thông báo bằng giọng nói' });
    const audio = await app.speech.synthesize(`Mời số ${ticket.number.slice(0, 1)} ${Number(ticket.number.slice(1))} đến quầy số ${ticket.counter}`);
    return reply.type('audio/wav').send(audio);
  });

  app.get('/bang-goi-so', async (_request, reply) => {
    const serviceName = (code: string) => site.services.find((service) => service.code === code)?.name ?? code;
    const counters = site.counters
      .map((counter) => `<tr data-counter="${counter.number}"><th scope="row">${escapeHtml(counter.name)}</th><td class="service">${escapeHtml(counter.services.map(serviceName).join(' · '))}</td><td class="number">—</td></tr>`)
      .join('');
    const waiting = site.services
      .map((service) => `<li data-service="${escapeHtml(service.code)}"><span class="name">${escapeHtml(service.code)} – ${escapeHtml(service.name)}</span><span class="numbers">—</span></li>`)
      .join('');
    return reply.type('text/html; charset=utf-8').send(
      page(
        'Bảng gọi số',
        `<div id="board" class="board" data-site="${escapeHtml(site.siteId)}" data-time-zone="${escapeHtml(site.timeZone)}">
<header><h1>${escapeHtml(site.name)}</h1><span id="board-clock" class="clock"></span></header>
<p id="board-latest" class="latest" aria-live="assertive"><span class="label">Xin mời quý khách lấy số thứ tự</span></p>
<div class="columns"><section><h2>Đang phục vụ</h2><table id="board-counters"><tbody>${counters}</tbody></table></section>
<section><h2>Số tiếp theo</h2><ul id="board-waiting" class="waiting">${waiting}</ul></section></div></div>`,
        ['/assets/queue-board.js'],
        { screen: true },
      ),
    );
  });

  app.get('/quay', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(
      page(
        'Quầy cán bộ',
        `<h1>Quầy cán bộ – gọi số</h1><p id="console-message" role="alert"></p><p id="console-printer"></p>
<form id="console-sign-in"><label>Quầy <select id="console-counter-select">${site.counters.map((counter) => `<option value="${counter.number}">${escapeHtml(counter.name)}</option>`).join('')}</select></label>
<label>Mã PIN <input id="console-pin" type="password" inputmode="numeric" autocomplete="current-password" required minlength="4"></label> <button type="submit">Đăng nhập</button></form>
<section id="console-panel" hidden data-counter-services="${escapeHtml(JSON.stringify(Object.fromEntries(site.counters.map((counter) => [counter.number, counter.services]))))}"><h2 id="console-counter"></h2><p id="console-current" class="console-current" aria-live="polite"></p>
<p><button type="button" data-action="call-next">Gọi số tiếp theo</button> <button type="button" data-action="recall">Gọi lại</button>
<button type="button" data-action="start">Bắt đầu phục vụ</button> <button type="button" data-action="complete">Hoàn thành</button>
<button type="button" data-action="no-show">Vắng mặt</button></p>
<p><label>Chuyển sang <select id="console-transfer-service">${site.services.map((service) => `<option value="${service.code}">${service.code} – ${escapeHtml(service.name)}</option>`).join('')}</select></label>
<button type="button" data-action="transfer">Chuyển</button> <button type="button" id="console-sign-out">Đăng xuất</button></p>
<h2>Đang chờ tại quầy</h2><ul id="console-waiting" class="console-list"></ul>
<h2>Lịch hẹn hôm nay</h2><ul id="console-appointments" class="console-list"></ul></section>`,
        ['/assets/queue-console.js'],
      ),
    ),
  );

  // The citizen's status page, reached from the QR code on the ticket.
  app.get<{ Params: { id: string } }>('/so/:id', async (request, reply) => {
    const ticket = queue.ticket(request.params.id);
    const state = { waiting: 'Đang chờ', called: 'Đã được gọi', serving: 'Đang được phục vụ', done: 'Đã xong', no_show: 'Đã qua lượt' }[ticket.status];
    return reply
      .type('text/html; charset=utf-8')
      .header('refresh', '30')
      .send(
        page(
          `Số ${ticket.number}`,
          `<h1 style="font-size:3em">Số ${escapeHtml(ticket.number)}</h1><p style="font-size:1.5em">${state}${ticket.counter ? ` – mời đến quầy số ${ticket.counter}` : ''}</p>
<p style="font-size:1.3em">Số người chờ trước bạn: <strong>${ticket.position}</strong><br>Thời gian chờ dự kiến: khoảng <strong>${ticket.estimatedWaitMinutes}</strong> phút</p>
<p>Trang tự cập nhật mỗi 30 giây.</p>`,
        ),
      );
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
    officer.addHook('onResponse', async () => broadcast());
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
