// Queue logic: issuing (idempotent by request id), position and estimated wait, calling with priority
// interleave, recall, no-show, transfer, start and completion. Announcements go to a callback (socket + speech).
import { AppError } from '../../contracts/errors';
import type { CallAnnouncement, IssueTicketRequest, QueueSiteConfig, Ticket } from '../../contracts/queue';
import { createHmac } from 'node:crypto';
import type { QueueStore, TicketRow } from './queue-store';

export function siteDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface QueueService {
  readonly site: QueueSiteConfig;
  issue(request: IssueTicketRequest): { ticket: Ticket; created: boolean };
  ticket(id: string): Ticket;
  callNext(counter: number): Ticket | null;
  recall(counter: number): Ticket | null;
  noShow(counter: number, ticketId: string): Ticket;
  start(counter: number, ticketId: string): Ticket;
  complete(counter: number, ticketId: string): Ticket;
  transfer(counter: number, ticketId: string, serviceCode: string): Ticket;
  board(): { calls: CallAnnouncement[]; waiting: Record<string, string[]> };
}

export function createQueueService(
  site: QueueSiteConfig,
  store: QueueStore,
  announce: (call: CallAnnouncement) => void,
  clock: () => Date = () => new Date(),
  secret = 'development-only-secret-change-me',
): QueueService {
  // The ID number itself is never stored: a keyed hash, valid for the day, is enough to enforce the limit.
  const citizenHash = (idNumber: string) => createHmac('sha256', secret).update(idNumber).digest('hex');
  const day = () => siteDay(clock(), site.timeZone);
  const serviceCodes = new Set(site.services.map((service) => service.code));
  const countersFor = (serviceCode: string) => Math.max(1, site.counters.filter((counter) => counter.services.includes(serviceCode)).length);
  const servicesOf = (counter: number) => {
    const found = site.counters.find((item) => item.number === counter);
    if (!found) throw new AppError('not_found', `No counter ${counter}`, { messageVi: `Không có quầy số ${counter}` });
    return found.services;
  };

  /** Rolling average of the last 20 services, the configured default until there are some. */
  function averageMinutes(serviceCode: string): number {
    const recent = store.recentServiceMinutes(site.siteId, serviceCode, 20).filter((minutes) => minutes > 0 && minutes < 240);
    if (recent.length >= 3) return recent.reduce((sum, value) => sum + value, 0) / recent.length;
    return site.services.find((service) => service.code === serviceCode)?.defaultServiceMinutes ?? 6;
  }

  function view(row: TicketRow): Ticket {
    let position = 0;
    if (row.status === 'waiting') {
      const waiting = store.waiting(site.siteId, row.day, [row.serviceCode]);
      const ahead = waiting.filter((other) => other.id !== row.id && (other.priority !== null) >= (row.priority !== null) && other.issuedAt <= row.issuedAt);
      position = ahead.length;
    }
    return {
      id: row.id,
      number: row.number,
      serviceCode: row.serviceCode,
      status: row.status,
      position,
      estimatedWaitMinutes: Math.round((position * averageMinutes(row.serviceCode)) / countersFor(row.serviceCode)),
      priority: row.priority,
      counter: row.counter,
      issuedAt: row.issuedAt,
    };
  }

  function announcement(row: TicketRow): CallAnnouncement {
    const spokenNumber = `${row.number.slice(0, 1)} ${Number(row.number.slice(1))}`;
    return { ticketId: row.id, number: row.number, counter: row.counter!, serviceCode: row.serviceCode, text: `Mời số ${spokenNumber} đến quầy số ${row.counter}`, at: row.calledAt! };
  }

  function owned(counter: number, ticketId: string): TicketRow {
    const row = store.get(ticketId);
    if (!row || row.siteId !== site.siteId) throw new AppError('not_found', 'No such ticket', { messageVi: 'Không tìm thấy số thứ tự này' });
    if (row.counter !== counter) throw new AppError('conflict', 'Ticket is not at this counter', { messageVi: 'Số này không được gọi tại quầy của bạn' });
    return row;
  }

  return {
    site,
    issue(request) {
      if (!serviceCodes.has(request.serviceCode)) throw new AppError('invalid_input', `Unknown service ${request.serviceCode}`, { messageVi: 'Dịch vụ không có tại điểm phục vụ này' });
      store.forgetCitizens(day());
      const { ticket, created } = store.issue({
        siteId: site.siteId,
        day: day(),
        serviceCode: request.serviceCode,
        requestId: request.requestId,
        priority: request.priority ?? null,
        now: clock().toISOString(),
        citizenHash: request.citizenIdNumber ? citizenHash(request.citizenIdNumber) : null,
        oneActivePerCitizen: site.oneActiveTicketPerCitizen,
      });
      if (!created && ticket.serviceCode !== request.serviceCode && ticket.day === day()) {
        throw new AppError('conflict', 'requestId already used for another service', { messageVi: 'Mã yêu cầu đã dùng cho dịch vụ khác' });
      }
      return { ticket: view(ticket), created };
    },
    ticket(id) {
      const row = store.get(id);
      if (!row || row.siteId !== site.siteId) throw new AppError('not_found', 'No such ticket', { messageVi: 'Không tìm thấy số thứ tự này' });
      return view(row);
    },
    callNext(counter) {
      const services = servicesOf(counter);
      const now = clock().toISOString();
      const called = store.claim(
        site.siteId,
        day(),
        services,
        (waiting) => {
          const priority = waiting.find((row) => row.priority !== null);
          const normal = waiting.find((row) => row.priority === null);
          if (!priority) return normal ?? null;
          if (!normal) return priority;
          // One priority ticket after every `priorityInterleave` normal calls at this counter.
          const recent = store.callsAtCounter(site.siteId, day(), counter, site.priorityInterleave);
          const normalsSincePriority = recent.findIndex((row) => row.priority !== null);
          const count = normalsSincePriority < 0 ? recent.length : normalsSincePriority;
          return count >= site.priorityInterleave ? priority : normal;
        },
        counter,
        now,
      );
      if (!called) return null;
      announce(announcement(called));
      return view(called);
    },
    recall(counter) {
      const last = store.callsAtCounter(site.siteId, day(), counter, 1)[0];
      if (!last || last.status !== 'called') return null;
      const again = store.update(last.id, { calledAt: clock().toISOString() });
      announce(announcement(again));
      return view(again);
    },
    noShow(counter, ticketId) {
      owned(counter, ticketId);
      return view(store.update(ticketId, { status: 'no_show' }));
    },
    start(counter, ticketId) {
      owned(counter, ticketId);
      return view(store.update(ticketId, { status: 'serving', servedAt: clock().toISOString() }));
    },
    complete(counter, ticketId) {
      const row = owned(counter, ticketId);
      return view(store.update(ticketId, { status: 'done', doneAt: clock().toISOString(), servedAt: row.servedAt ?? row.calledAt ?? clock().toISOString() }));
    },
    transfer(counter, ticketId, serviceCode) {
      owned(counter, ticketId);
      if (!serviceCodes.has(serviceCode)) throw new AppError('invalid_input', `Unknown service ${serviceCode}`, { messageVi: 'Dịch vụ không có tại điểm phục vụ này' });
      // The citizen keeps the number and waits for the other service, ahead of later arrivals.
      return view(store.update(ticketId, { status: 'waiting', serviceCode, counter: null }));
    },
    board() {
      const calls = store.lastCalls(site.siteId, day(), 8).filter((row) => row.status === 'called' || row.status === 'serving').map(announcement);
      const waiting = Object.fromEntries(site.services.map((service) => [service.code, store.waiting(site.siteId, day(), [service.code]).slice(0, 5).map((row) => row.number)]));
      return { calls, waiting };
    },
  };
}
