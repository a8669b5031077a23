import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../contracts/errors';
import { bookAppointmentRequestSchema, queueSiteConfigSchema } from '../../contracts/queue';
import { createQueueService } from './queue-service';
import { openQueueStore } from './queue-store';
import { slotInstant } from './site-time';

const defaultSite = JSON.parse(readFileSync(new URL('default-site.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** A queue on a fixed clock; `at('2026-11-23T09:00')` moves it (Hà Nội time, the site's zone). */
function setup(overrides: Record<string, unknown> = {}) {
  const site = queueSiteConfigSchema.parse({ ...defaultSite, ...overrides });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'appointments-'));
  let now = new Date('2026-11-23T01:00:00Z');
  const announced: string[] = [];
  const queue = createQueueService(site, openQueueStore(dataDir), (call) => announced.push(call.number), () => now);
  const at = (local: string) => {
    now = new Date(`${local}:00+07:00`);
  };
  return { queue, at, announced, dataDir };
}

function errorOf(action: () => unknown): { id: string; messageVi: string } {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return { id: error.id, messageVi: error.messageVi };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('appointments: booking', () => {
  it('books once per request id and hands out a short code', () => {
    const { queue, at } = setup();
    at('2026-11-23T08:00');
    const first = queue.book({ serviceCode: 'A', slot: '2026-11-23T09:30', requestId: 'booking-0001', reference: 'Chị Lan', phoneLast4: '6789' });
    expect(first.created).toBe(true);
    expect(first.appointment).toMatchObject({ serviceCode: 'A', slot: '2026-11-23T09:30', status: 'booked', reference: 'Chị Lan', phoneLast4: '6789', ticketId: null });
    expect(first.appointment.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/u);
    const again = queue.book({ serviceCode: 'A', slot: '2026-11-23T09:30', requestId: 'booking-0001' });
    expect(again.created).toBe(false);
    expect(again.appointment.id).toBe(first.appointment.id);
    expect(again.appointment.code).toBe(first.appointment.code);
    expect(errorOf(() => queue.book({ serviceCode: 'A', slot: '2026-11-23T10:00', requestId: 'booking-0001' }))).toEqual({ id: 'conflict', messageVi: 'Mã yêu cầu đã dùng cho một lịch hẹn khác' });
    const second = queue.book({ serviceCode: 'B', slot: '2026-11-23T08:30', requestId: 'booking-0002' }).appointment;
    expect(second.code).not.toBe(first.appointment.code);
    expect(queue.appointments('2026-11-23').appointments.map((item) => [item.slot, item.serviceCode])).toEqual([
      ['2026-11-23T08:30', 'B'],
      ['2026-11-23T09:30', 'A'],
    ]);
    expect(queue.appointments('2026-11-24')).toEqual({ date: '2026-11-24', appointments: [] });
  });

  it('rejects a malformed, impossible, closed-hours, off-grid or past slot and an unknown service', () => {
    const { queue, at } = setup();
    at('2026-11-23T10:00');
    const book = (slot: string, serviceCode = 'A') => errorOf(() => queue.book({ serviceCode, slot, requestId: `bad-${slot}-${serviceCode}` }));
    expect(bookAppointmentRequestSchema.safeParse({ serviceCode: 'A', slot: '23/11/2026 09:30', requestId: 'bad-format-0001' }).error?.issues[0]?.message).toBe(
      'giờ hẹn có dạng YYYY-MM-DDTHH:MM, ví dụ 2026-11-23T09:30',
    );
    expect(bookAppointmentRequestSchema.safeParse({ serviceCode: 'A', slot: '2026-11-24T09:30', requestId: 'bad-format-0002', reference: '001203004567' }).success).toBe(false);
    expect(bookAppointmentRequestSchema.safeParse({ serviceCode: 'A', slot: '2026-11-24T09:30', requestId: 'bad-format-0003', phoneLast4: '0912345678' }).success).toBe(false);
    expect(book('2026-02-30T09:30')).toEqual({ id: 'invalid_input', messageVi: 'Ngày giờ hẹn 2026-02-30T09:30 không tồn tại' });
    expect(book('2026-11-24T25:00')).toEqual({ id: 'invalid_input', messageVi: 'Ngày giờ hẹn 2026-11-24T25:00 không tồn tại' });
    expect(book('2026-11-24T07:15')).toEqual({ id: 'invalid_input', messageVi: 'Giờ hẹn ngoài giờ làm việc (07:30–17:00), vui lòng chọn giờ khác' });
    expect(book('2026-11-24T17:00')).toEqual({ id: 'invalid_input', messageVi: 'Giờ hẹn ngoài giờ làm việc (07:30–17:00), vui lòng chọn giờ khác' });
    expect(book('2026-11-24T09:10')).toEqual({ id: 'invalid_input', messageVi: 'Giờ hẹn theo từng khung 15 phút (ví dụ 07:30), vui lòng chọn lại' });
    expect(book('2026-11-23T09:45')).toEqual({ id: 'invalid_input', messageVi: 'Giờ hẹn 09:45 ngày 2026-11-23 đã qua, vui lòng chọn giờ khác' });
    expect(book('2026-11-23T10:00')).toEqual({ id: 'invalid_input', messageVi: 'Giờ hẹn 10:00 ngày 2026-11-23 đã qua, vui lòng chọn giờ khác' });
    expect(book('2026-11-24T09:30', 'Z')).toEqual({ id: 'invalid_input', messageVi: 'Dịch vụ không có tại điểm phục vụ này' });
    // The first and last slots of the day are fine.
    expect(queue.book({ serviceCode: 'A', slot: '2026-11-23T16:45', requestId: 'good-0001' }).created).toBe(true);
    expect(queue.book({ serviceCode: 'A', slot: '2026-11-24T07:30', requestId: 'good-0002' }).created).toBe(true);
  });

  it('converts slots in the site time zone and refuses wall-clock times that do not exist', () => {
    expect(slotInstant('2026-11-23T09:30', 'Asia/Ho_Chi_Minh')?.toISOString()).toBe('2026-11-23T02:30:00.000Z');
    expect(slotInstant('2026-11-24T00:15', 'Asia/Ho_Chi_Minh')?.toISOString()).toBe('2026-11-23T17:15:00.000Z');
    expect(slotInstant('2026-07-01T09:30', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(slotInstant('2026-03-29T02:30', 'Europe/Berlin')).toBeNull();
    expect(slotInstant('2026-02-29T09:30', 'Asia/Ho_Chi_Minh')).toBeNull();
    expect(slotInstant('2028-02-29T09:30', 'Asia/Ho_Chi_Minh')?.toISOString()).toBe('2028-02-29T02:30:00.000Z');
  });

  it('forgets the reference and phone digits once the day is over', () => {
    const { queue, at, dataDir } = setup();
    at('2026-11-23T08:00');
    queue.book({ serviceCode: 'A', slot: '2026-11-23T09:30', requestId: 'forget-0001', reference: 'Anh Minh', phoneLast4: '1234' });
    at('2026-11-24T08:00');
    expect(queue.appointments('2026-11-23').appointments[0]).toMatchObject({ slot: '2026-11-23T09:30', reference: null, phoneLast4: null });
    const db = new Database(path.join(dataDir, 'queue.db'), { readonly: true });
    expect(JSON.stringify(db.prepare('SELECT * FROM appointments').all())).not.toContain('Minh');
    db.close();
  });
});

describe('appointments: check-in and calling order', () => {
  it('checks in with the code on the day, issuing one ticket marked as an appointment', () => {
    const { queue, at } = setup();
    at('2026-11-22T15:00');
    const { appointment } = queue.book({ serviceCode: 'A', slot: '2026-11-23T09:30', requestId: 'checkin-0001' });
    expect(errorOf(() => queue.checkIn(appointment.id, appointment.code))).toEqual({ id: 'conflict', messageVi: 'Lịch hẹn của quý khách vào ngày 23/11/2026, lúc 09:30' });
    at('2026-11-23T09:00');
    queue.issue({ serviceCode: 'A', requestId: 'walk-in-0001' });
    expect(errorOf(() => queue.checkIn(appointment.id, 'ABCDEF'))).toEqual({ id: 'not_found', messageVi: 'Không tìm thấy lịch hẹn với mã này' });
    expect(errorOf(() => queue.checkIn('ZZZZZZ', 'ZZZZZZ')).id).toBe('not_found');
    at('2026-11-23T09:05');
    const checkedIn = queue.checkIn(appointment.id, appointment.code.toLowerCase());
    expect(checkedIn.created).toBe(true);
    expect(checkedIn.late).toBe(false);
    expect(checkedIn.ticket).toMatchObject({ number: 'A002', serviceCode: 'A', status: 'waiting', priority: null, appointmentAt: '2026-11-23T02:30:00.000Z', position: 1 });
    expect(checkedIn.appointment).toMatchObject({ status: 'checked_in', ticketId: checkedIn.ticket.id, ticketNumber: 'A002' });
    // At the kiosk the citizen types only the code.
    const again = queue.checkIn(appointment.code, appointment.code);
    expect(again.created).toBe(false);
    expect(again.ticket.id).toBe(checkedIn.ticket.id);
    expect(queue.appointments().appointments.map((item) => [item.status, item.ticketNumber])).toEqual([['checked_in', 'A002']]);
    at('2026-11-24T09:00');
    expect(queue.checkIn(appointment.code, appointment.code).ticket.id).toBe(checkedIn.ticket.id);
  });

  it('calls an appointment whose time has come before earlier walk-ins, and counts it in their wait', () => {
    const { queue, at, announced } = setup();
    at('2026-11-23T08:00');
    const { appointment } = queue.book({ serviceCode: 'A', slot: '2026-11-23T09:30', requestId: 'due-0001' });
    const walkIns = ['09:00', '09:01', '09:02'].map((time, index) => {
      at(`2026-11-23T${time}`);
      return queue.issue({ serviceCode: 'A', requestId: `due-walk-in-${index}` }).ticket;
    });
    expect(walkIns.map((ticket) => ticket.number)).toEqual(['A001', 'A002', 'A003']);
    at('2026-11-23T09:05');
    const ticket = queue.checkIn(appointment.id, appointment.code).ticket;
    // Not due yet: it waits behind the three walk-ins (two counters serve A, 6 minutes each).
    expect(ticket).toMatchObject({ number: 'A004', position: 3, estimatedWaitMinutes: 9 });
    expect(queue.ticket(walkIns[0]!.id)).toMatchObject({ position: 0, estimatedWaitMinutes: 0 });
    // 09:20 is the slot less the 10-minute grace: from then on it goes first.
    at('2026-11-23T09:20');
    expect(queue.ticket(ticket.id)).toMatchObject({ position: 0, estimatedWaitMinutes: 0 });
    expect(queue.ticket(walkIns[0]!.id)).toMatchObject({ position: 1, estimatedWaitMinutes: 3 });
    expect(queue.ticket(walkIns[2]!.id)).toMatchObject({ position: 3, estimatedWaitMinutes: 9 });
    expect(queue.board().waiting.A).toEqual(['A004', 'A001', 'A002', 'A003']);
    expect(queue.callNext(1)?.number).toBe('A004');
    expect(queue.callNext(2)?.number).toBe('A001');
    expect(announced).toEqual(['A004', 'A001']);
  });

  it('counts an appointment that comes due before a walk-in’s turn in the walk-in’s wait', () => {
    const { queue, at } = setup();
    at('2026-11-23T08:00');
    const soon = queue.book({ serviceCode: 'A', slot: '2026-11-23T09:30', requestId: 'soon-0001' }).appointment;
    const later = queue.book({ serviceCode: 'A', slot: '2026-11-23T11:00', requestId: 'later-0001' }).appointment;
    at('2026-11-23T09:00');
    for (let index = 0; index < 8; index += 1) queue.issue({ serviceCode: 'A', requestId: `soon-walk-in-${index}` });
    const last = queue.issue({ serviceCode: 'A', requestId: 'soon-walk-in-last' }).ticket;
    expect(last).toMatchObject({ number: 'A009', position: 8, estimatedWaitMinutes: 24 });
    at('2026-11-23T09:01');
    queue.checkIn(soon.id, soon.code);
    queue.checkIn(later.id, later.code);
    // Eight walk-ins ahead = 24 minutes (two counters, 6 minutes each), so its turn is near 09:25: the 09:30
    // appointment (due 09:20) comes before that, the 11:00 one does not.
    expect(queue.ticket(last.id)).toMatchObject({ position: 9, estimatedWaitMinutes: 27 });
  });

  it('keeps a due appointment ahead of the priority interleave', () => {
    const { queue, at } = setup();
    at('2026-11-23T08:00');
    const { appointment } = queue.book({ serviceCode: 'A', slot: '2026-11-23T09:30', requestId: 'interleave-0001' });
    at('2026-11-23T09:00');
    for (let index = 1; index <= 4; index += 1) queue.issue({ serviceCode: 'A', requestId: `interleave-normal-${index}` });
    queue.issue({ serviceCode: 'A', requestId: 'interleave-elder-1', priority: 'elderly' });
    const called: string[] = [];
    for (const time of ['09:01', '09:02', '09:03']) {
      at(`2026-11-23T${time}`);
      called.push(queue.callNext(1)!.number);
    }
    at('2026-11-23T09:25');
    queue.checkIn(appointment.id, appointment.code);
    for (const time of ['09:26', '09:27', '09:28']) {
      at(`2026-11-23T${time}`);
      called.push(queue.callNext(1)!.number);
    }
    // Three normal calls were made, so the elder would be next; the due appointment (A006) still goes first.
    expect(called).toEqual(['A001', 'A002', 'A003', 'A006', 'A005', 'A004']);
  });

  it('does not let an early appointment jump ahead before its time, and a very late one gets an ordinary ticket', () => {
    const { queue, at } = setup();
    at('2026-11-23T08:00');
    const early = queue.book({ serviceCode: 'A', slot: '2026-11-23T10:00', requestId: 'early-0001' }).appointment;
    const late = queue.book({ serviceCode: 'A', slot: '2026-11-23T09:00', requestId: 'late-0001' }).appointment;
    at('2026-11-23T09:00');
    for (let index = 1; index <= 3; index += 1) queue.issue({ serviceCode: 'A', requestId: `early-walk-in-${index}` });
    at('2026-11-23T09:01');
    const appointmentTicket = queue.checkIn(early.id, early.code).ticket;
    expect(appointmentTicket).toMatchObject({ number: 'A004', position: 3 });
    at('2026-11-23T09:05');
    expect(queue.callNext(1)?.number).toBe('A001');
    at('2026-11-23T09:30');
    expect(queue.callNext(1)?.number).toBe('A002');
    // 09:50: the 10:00 appointment is due, ahead of A003.
    at('2026-11-23T09:50');
    expect(queue.callNext(1)?.number).toBe('A004');
    expect(queue.callNext(1)?.number).toBe('A003');
    // The 09:00 appointment checks in at 09:50: more than 30 minutes late, served as a walk-in.
    const lateCheckIn = queue.checkIn(late.id, late.code);
    expect(lateCheckIn).toMatchObject({ late: true, ticket: { number: 'A005', appointmentAt: null } });
  });
});

describe('queue database made before appointments', () => {
  it('gains the appointment column and table on open, keeping its tickets', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'migrate-'));
    const old = new Database(path.join(dataDir, 'queue.db'));
    old.exec(`CREATE TABLE tickets (
      id TEXT PRIMARY KEY, site_id TEXT NOT NULL, day TEXT NOT NULL, service_code TEXT NOT NULL, numbered_by TEXT NOT NULL, sequence INTEGER NOT NULL,
      number TEXT NOT NULL, status TEXT NOT NULL, priority TEXT, request_id TEXT NOT NULL, counter INTEGER,
      issued_at TEXT NOT NULL, called_at TEXT, served_at TEXT, done_at TEXT,
      UNIQUE (site_id, request_id), UNIQUE (site_id, day, numbered_by, sequence));
      INSERT INTO tickets VALUES ('old-1', 'xa-mau', '2026-11-23', 'A', 'A', 1, 'A001', 'waiting', NULL, 'old-request-1', NULL, '2026-11-23T01:00:00.000Z', NULL, NULL, NULL);`);
    old.close();
    const store = openQueueStore(dataDir);
    expect(store.get('old-1')).toMatchObject({ number: 'A001', appointmentAt: null });
    store.close();
    // Opening again finds the column already there.
    const site = queueSiteConfigSchema.parse(defaultSite);
    const queue = createQueueService(site, openQueueStore(dataDir), () => {}, () => new Date('2026-11-23T02:00:00Z'));
    expect(queue.issue({ serviceCode: 'A', requestId: 'new-request-1' }).ticket).toMatchObject({ number: 'A002', position: 1, appointmentAt: null });
    expect(queue.book({ serviceCode: 'A', slot: '2026-11-23T10:00', requestId: 'new-booking-1' }).created).toBe(true);
  });
});
