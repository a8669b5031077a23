// Queue logic: issuing (idempotent by request id, within opening hours), appointments (booking, check-in),
// position and estimated wait, calling (due appointments first, then the priority interleave), recall, no-show,
// transfer, start and completion. Announcements go to a callback (socket + speech).
import { AppError } from '../../contracts/errors';
import type { Appointment, BookAppointmentRequest, CallAnnouncement, IssueTicketRequest, QueueSiteConfig, Ticket } from '../../contracts/queue';
import { createHmac } from 'node:crypto';
import type { AppointmentRow, QueueStore, TicketRow } from './queue-store';
import { minutesOfClock, siteDay, siteMinutes, slotInstant } from './site-time';

export { siteDay } from './site-time';

export interface QueueService {
  readonly site: QueueSiteConfig;
  issue(request: IssueTicketRequest): { ticket: Ticket; created: boolean };
  book(request: BookAppointmentRequest): { appointment: Appointment; created: boolean };
  /** Appointments of a site day ("YYYY-MM-DD"), today by default. */
  appointments(day?: string): { date: string; appointments: Appointment[] };
  /** Checks in by appointment id or code; the code must match. Issues (once) the appointment's ticket. */
  checkIn(idOrCode: string, code: string): { appointment: Appointment; ticket: Ticket; created: boolean; late: boolean };
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

  const graceMs = site.appointmentGraceMinutes * 60_000;
  /** When an appointment ticket goes ahead of walk-ins: its slot time less the grace. */
  const dueAt = (row: TicketRow) => (row.appointmentAt === null ? Infinity : Date.parse(row.appointmentAt) - graceMs);
  const isDue = (row: TicketRow, now: number) => dueAt(row) <= now;
  const byDue = (a: TicketRow, b: TicketRow) => dueAt(a) - dueAt(b) || a.issuedAt.localeCompare(b.issuedAt) || a.sequence - b.sequence;

  function view(row: TicketRow): Ticket {
    let position = 0;
    let estimatedWaitMinutes = 0;
    if (row.status === 'waiting') {
      const now = clock().getTime();
      const perCall = averageMinutes(row.serviceCode) / countersFor(row.serviceCode);
      const others = store.waiting(site.siteId, row.day, [row.serviceCode]).filter((other) => other.id !== row.id);
      if (isDue(row, now)) {
        // Only due appointments go before a due appointment, earliest slot first.
        position = others.filter((other) => isDue(other, now) && byDue(other, row) < 0).length;
        estimatedWaitMinutes = Math.round(position * perCall);
      } else {
        // Walk-ins (and appointments not yet due, which wait like walk-ins): earlier tickets, then every
        // appointment that comes due before this ticket's turn.
        const walkIns = others.filter((other) => other.appointmentAt === null);
        position = walkIns.filter((other) => (other.priority !== null) >= (row.priority !== null) && other.issuedAt <= row.issuedAt).length;
        const appointments = others.filter((other) => other.appointmentAt !== null);
        // Appointment tickets are never priority ones: earlier ones are ahead of a normal ticket in any case.
        const arrivedBefore = (other: TicketRow) => row.priority === null && other.issuedAt <= row.issuedAt;
        position += appointments.filter(arrivedBefore).length;
        for (const other of appointments.filter((item) => !arrivedBefore(item)).sort(byDue)) {
          if (dueAt(other) > now + position * perCall * 60_000) break;
          position += 1;
        }
        estimatedWaitMinutes = Math.round(position * perCall);
        // An appointment is called at its time at the latest.
        if (row.appointmentAt !== null) estimatedWaitMinutes = Math.min(estimatedWaitMinutes, Math.ceil((dueAt(row) - now) / 60_000));
      }
    }
    return {
      id: row.id,
      number: row.number,
      serviceCode: row.serviceCode,
      status: row.status,
      position,
      estimatedWaitMinutes,
      priority: row.priority,
      counter: row.counter,
      issuedAt: row.issuedAt,
      appointmentAt: row.appointmentAt,
    };
  }

  function appointmentView(row: AppointmentRow): Appointment {
    return {
      id: row.id,
      code: row.code,
      serviceCode: row.serviceCode,
      slot: row.slot,
      status: row.status,
      reference: row.reference,
      phoneLast4: row.phoneLast4,
      ticketId: row.ticketId,
      ticketNumber: row.ticketNumber,
      createdAt: row.createdAt,
    };
  }

  const hours = `${site.openingHours.open}–${site.openingHours.close}`;
  const openMinutes = minutesOfClock(site.openingHours.open);
  const closeMinutes = minutesOfClock(site.openingHours.close);
  const issueFromMinutes = Math.max(0, openMinutes - site.issueFromMinutesBeforeOpen);
  const clockText = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

  /** Tickets are issued from `issueFromMinutesBeforeOpen` before opening until closing, in the site's time zone. */
  function assertIssuingOpen(now: Date) {
    const minutes = siteMinutes(now, site.timeZone);
    if (minutes >= issueFromMinutes && minutes < closeMinutes) return;
    const early = minutes < issueFromMinutes;
    throw new AppError('conflict', `Outside opening hours (${hours}); tickets from ${clockText(issueFromMinutes)}`, {
      messageVi: early
        ? `Ngoài giờ làm việc (${hours}). Quý khách vui lòng quay lại lấy số từ ${clockText(issueFromMinutes)}.`
        : `Ngoài giờ làm việc (${hours}). Quý khách vui lòng quay lại vào ngày làm việc tiếp theo hoặc đặt lịch hẹn trước.`,
      details: { reason: 'outside_opening_hours', openingHours: site.openingHours, issueFrom: clockText(issueFromMinutes) },
    });
  }

  const unknownService = (serviceCode: string) => new AppError('invalid_input', `Unknown service ${serviceCode}`, { messageVi: 'Dịch vụ không có tại điểm phục vụ này' });
  const badSlot = (message: string, messageVi: string) => new AppError('invalid_input', message, { messageVi, details: [{ path: 'slot', message: messageVi }] });
  const noAppointment = () => new AppError('not_found', 'No such appointment', { messageVi: 'Không tìm thấy lịch hẹn với mã này' });

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

  let forgottenBefore = '';
  return {
    site,
    issue(request) {
      if (!serviceCodes.has(request.serviceCode)) throw unknownService(request.serviceCode);
      // A retried request keeps its ticket even after closing time; a new one needs the site open.
      if (!store.byRequest(site.siteId, request.requestId)) assertIssuingOpen(clock());
      // The day's citizen hashes are forgotten once the day changes, not on every issue (a write per ticket).
      const today = day();
      if (forgottenBefore !== today) {
        store.forgetCitizens(today);
        forgottenBefore = today;
      }
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
    book(request) {
      if (!serviceCodes.has(request.serviceCode)) throw unknownService(request.serviceCode);
      const existing = store.appointmentByRequest(site.siteId, request.requestId);
      if (existing) {
        if (existing.serviceCode !== request.serviceCode || existing.slot !== request.slot) {
          throw new AppError('conflict', 'requestId already used for another appointment', { messageVi: 'Mã yêu cầu đã dùng cho một lịch hẹn khác' });
        }
        return { appointment: appointmentView(existing), created: false };
      }
      const instant = slotInstant(request.slot, site.timeZone);
      if (!instant) throw badSlot(`No such date or time ${request.slot}`, `Ngày giờ hẹn ${request.slot} không tồn tại`);
      const minutes = minutesOfClock(request.slot.slice(11));
      if (minutes < openMinutes || minutes >= closeMinutes) {
        throw badSlot(`Slot ${request.slot} outside opening hours ${hours}`, `Giờ hẹn ngoài giờ làm việc (${hours}), vui lòng chọn giờ khác`);
      }
      if (minutes % site.appointmentSlotMinutes !== 0) {
        throw badSlot(`Slot ${request.slot} not on the ${site.appointmentSlotMinutes}-minute grid`, `Giờ hẹn theo từng khung ${site.appointmentSlotMinutes} phút (ví dụ ${site.openingHours.open}), vui lòng chọn lại`);
      }
      const now = clock();
      if (instant.getTime() <= now.getTime()) throw badSlot(`Slot ${request.slot} is in the past`, `Giờ hẹn ${request.slot.slice(11)} ngày ${request.slot.slice(0, 10)} đã qua, vui lòng chọn giờ khác`);
      store.forgetAppointmentDetails(day());
      const { appointment, created } = store.book({
        siteId: site.siteId,
        serviceCode: request.serviceCode,
        day: request.slot.slice(0, 10),
        slot: request.slot,
        slotAt: instant.toISOString(),
        reference: request.reference ?? null,
        phoneLast4: request.phoneLast4 ?? null,
        requestId: request.requestId,
        createdAt: now.toISOString(),
      });
      return { appointment: appointmentView(appointment), created };
    },
    appointments(date) {
      store.forgetAppointmentDetails(day());
      const chosen = date ?? day();
      return { date: chosen, appointments: store.appointments(site.siteId, chosen).map(appointmentView) };
    },
    checkIn(idOrCode, code) {
      const found = store.findAppointment(site.siteId, idOrCode);
      if (!found || found.siteId !== site.siteId || found.code !== code.toUpperCase()) throw noAppointment();
      const now = clock();
      if (!found.ticketId) {
        const today = day();
        if (found.day > today) {
          throw new AppError('conflict', 'Appointment is on a later day', { messageVi: `Lịch hẹn của quý khách vào ngày ${found.day.split('-').reverse().join('/')}, lúc ${found.slot.slice(11)}` });
        }
        if (found.day < today) throw new AppError('conflict', 'Appointment day has passed', { messageVi: 'Lịch hẹn này đã qua ngày, quý khách vui lòng lấy số thường hoặc đặt lịch mới' });
        assertIssuingOpen(now);
      }
      // Much later than the slot, the citizen is served as a walk-in: going ahead is for those who come on time.
      const late = now.getTime() > Date.parse(found.slotAt) + site.appointmentLateMinutes * 60_000;
      const { appointment, ticket, created } = store.checkIn(found.id, {
        siteId: site.siteId,
        day: day(),
        serviceCode: found.serviceCode,
        requestId: `appointment:${found.id}`,
        priority: null,
        now: now.toISOString(),
        appointmentAt: late ? null : found.slotAt,
      });
      return { appointment: appointmentView(appointment), ticket: view(ticket), created, late: ticket.appointmentAt === null };
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
          // A checked-in appointment whose time has come goes first, earliest slot first.
          const due = waiting.filter((row) => isDue(row, Date.parse(now))).sort(byDue)[0];
          if (due) return due;
          // Everyone else, appointments not yet due included, keeps the order of arrival and the priority interleave.
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
      if (!serviceCodes.has(serviceCode)) throw unknownService(serviceCode);
      // The citizen keeps the number and waits for the other service, ahead of later arrivals.
      return view(store.update(ticketId, { status: 'waiting', serviceCode, counter: null }));
    },
    board() {
      const calls = store.lastCalls(site.siteId, day(), 8).filter((row) => row.status === 'called' || row.status === 'serving').map(announcement);
      const now = clock().getTime();
      const next = (rows: TicketRow[]) => [...rows.filter((row) => isDue(row, now)).sort(byDue), ...rows.filter((row) => !isDue(row, now))];
      const waiting = Object.fromEntries(site.services.map((service) => [service.code, next(store.waiting(site.siteId, day(), [service.code])).slice(0, 5).map((row) => row.number)]));
      return { calls, waiting };
    },
  };
}
