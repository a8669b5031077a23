// SQLite storage of tickets and appointments (WAL; every change one IMMEDIATE transaction, so a crash loses
// nothing that was acknowledged and two issuers never take the same number).
import Database from 'better-sqlite3';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PriorityKind, TicketStatus } from '../../contracts/queue';

export interface TicketRow {
  id: string;
  siteId: string;
  day: string;
  serviceCode: string;
  sequence: number;
  number: string;
  status: TicketStatus;
  priority: PriorityKind | null;
  requestId: string;
  counter: number | null;
  issuedAt: string;
  calledAt: string | null;
  servedAt: string | null;
  doneAt: string | null;
  /** Slot instant (ISO) of the appointment this ticket was issued for at check-in; null for walk-ins. */
  appointmentAt: string | null;
}

export interface AppointmentRow {
  id: string;
  siteId: string;
  code: string;
  serviceCode: string;
  day: string;
  /** Local "YYYY-MM-DDTHH:MM" in the site's time zone, as booked. */
  slot: string;
  /** The slot as an ISO instant. */
  slotAt: string;
  reference: string | null;
  phoneLast4: string | null;
  requestId: string;
  status: 'booked' | 'checked_in';
  ticketId: string | null;
  ticketNumber: string | null;
  createdAt: string;
  checkedInAt: string | null;
}

export type IssueInput = {
  siteId: string;
  day: string;
  serviceCode: string;
  requestId: string;
  priority: PriorityKind | null;
  now: string;
  citizenHash?: string | null;
  oneActivePerCitizen?: boolean;
  appointmentAt?: string | null;
};

export interface QueueStore {
  /** Issues a ticket, or returns the one already issued for this request id. */
  issue(input: IssueInput): { ticket: TicketRow; created: boolean };
  byRequest(siteId: string, requestId: string): TicketRow | null;
  /** Forgets citizen hashes of earlier days (personal data kept no longer than needed). */
  forgetCitizens(beforeDay: string): number;
  get(id: string): TicketRow | null;
  waiting(siteId: string, day: string, serviceCodes: readonly string[]): TicketRow[];
  update(id: string, changes: Partial<Pick<TicketRow, 'status' | 'counter' | 'calledAt' | 'servedAt' | 'doneAt' | 'serviceCode'>>): TicketRow;
  /** Claims the next ticket atomically: the chooser sees the waiting list inside the same transaction. */
  claim(siteId: string, day: string, serviceCodes: readonly string[], choose: (waiting: TicketRow[]) => TicketRow | null, counter: number, now: string): TicketRow | null;
  recentServiceMinutes(siteId: string, serviceCode: string, limit: number): number[];
  lastCalls(siteId: string, day: string, limit: number): TicketRow[];
  callsAtCounter(siteId: string, day: string, counter: number, limit: number): TicketRow[];
  all(siteId: string, day: string): TicketRow[];
  /** Books an appointment, or returns the one already booked for this request id. */
  book(input: Omit<AppointmentRow, 'id' | 'code' | 'status' | 'ticketId' | 'ticketNumber' | 'checkedInAt'>): { appointment: AppointmentRow; created: boolean };
  appointmentByRequest(siteId: string, requestId: string): AppointmentRow | null;
  /** By id, or by the citizen's code. */
  findAppointment(siteId: string, idOrCode: string): AppointmentRow | null;
  appointments(siteId: string, day: string): AppointmentRow[];
  /**
   * Issues the ticket of an appointment and marks it checked in, in one transaction; a second check-in returns
   * the same ticket.
   */
  checkIn(appointmentId: string, ticket: IssueInput): { appointment: AppointmentRow; ticket: TicketRow; created: boolean };
  /** Clears the reference and phone digits of appointments of earlier days (personal data kept no longer than needed). */
  forgetAppointmentDetails(beforeDay: string): number;
  close(): void;
}

const columns = `id, site_id AS siteId, day, service_code AS serviceCode, sequence, number, status, priority, request_id AS requestId,
  counter, issued_at AS issuedAt, called_at AS calledAt, served_at AS servedAt, done_at AS doneAt, appointment_at AS appointmentAt`;
const appointmentColumns = `a.id, a.site_id AS siteId, a.code, a.service_code AS serviceCode, a.day, a.slot, a.slot_at AS slotAt, a.reference,
  a.phone_last4 AS phoneLast4, a.request_id AS requestId, a.status, a.ticket_id AS ticketId, t.number AS ticketNumber, a.created_at AS createdAt,
  a.checked_in_at AS checkedInAt`;
const appointmentFrom = 'appointments a LEFT JOIN tickets t ON t.id = a.ticket_id';
/** Letters and digits that cannot be confused when read aloud or typed at a kiosk (no I, O, 0, 1). */
const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function openQueueStore(dataDir: string): QueueStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'queue.db'));
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL: a committed ticket survives a killed process (the crash test); only a power cut could lose the
  // last few, which costs a fsync per ticket to prevent (3x slower) and a reprinted number at worst.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS tickets (
      id TEXT PRIMARY KEY, site_id TEXT NOT NULL, day TEXT NOT NULL, service_code TEXT NOT NULL,
      -- The service that numbered the ticket; a transfer changes service_code but keeps the number.
      numbered_by TEXT NOT NULL, sequence INTEGER NOT NULL,
      number TEXT NOT NULL, status TEXT NOT NULL, priority TEXT, request_id TEXT NOT NULL, counter INTEGER,
      issued_at TEXT NOT NULL, called_at TEXT, served_at TEXT, done_at TEXT,
      UNIQUE (site_id, request_id), UNIQUE (site_id, day, numbered_by, sequence));
    CREATE INDEX IF NOT EXISTS tickets_waiting ON tickets(site_id, day, status, service_code);
    CREATE TABLE IF NOT EXISTS ticket_citizens (ticket_id TEXT PRIMARY KEY, citizen_hash TEXT NOT NULL, day TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS ticket_citizens_hash ON ticket_citizens(citizen_hash, day);
    CREATE TABLE IF NOT EXISTS appointments (
      id TEXT PRIMARY KEY, site_id TEXT NOT NULL, code TEXT NOT NULL, service_code TEXT NOT NULL, day TEXT NOT NULL,
      slot TEXT NOT NULL, slot_at TEXT NOT NULL, reference TEXT, phone_last4 TEXT, request_id TEXT NOT NULL,
      status TEXT NOT NULL, ticket_id TEXT, created_at TEXT NOT NULL, checked_in_at TEXT,
      UNIQUE (site_id, request_id), UNIQUE (site_id, code));
    CREATE INDEX IF NOT EXISTS appointments_day ON appointments(site_id, day, slot);
  `);
  // Databases created before appointments lack the tickets column; add it once (inside a write transaction, so two
  // processes starting together do not both try).
  db.transaction(() => {
    const hasColumn = (db.prepare('PRAGMA table_info(tickets)').all() as { name: string }[]).some((column) => column.name === 'appointment_at');
    if (!hasColumn) db.exec('ALTER TABLE tickets ADD COLUMN appointment_at TEXT');
  }).immediate();
  const byRequest = db.prepare(`SELECT ${columns} FROM tickets WHERE site_id = ? AND request_id = ?`);
  const byId = db.prepare(`SELECT ${columns} FROM tickets WHERE id = ?`);
  const lastSequence = db.prepare('SELECT COALESCE(MAX(sequence), 0) AS n FROM tickets WHERE site_id = ? AND day = ? AND numbered_by = ?');
  const insert = db.prepare(
    `INSERT INTO tickets (id, site_id, day, service_code, numbered_by, sequence, number, status, priority, request_id, issued_at, appointment_at)
     VALUES (@id, @siteId, @day, @serviceCode, @serviceCode, @sequence, @number, 'waiting', @priority, @requestId, @issuedAt, @appointmentAt)`,
  );
  const waitingStatements = new Map<number, Database.Statement>();
  const waitingStatement = (count: number) => {
    let statement = waitingStatements.get(count);
    if (!statement) waitingStatements.set(count, (statement = prepareWaiting(count)));
    return statement;
  };
  const prepareWaiting = (count: number) =>
    db.prepare(`SELECT ${columns} FROM tickets WHERE site_id = ? AND day = ? AND status = 'waiting' AND service_code IN (${new Array(count).fill('?').join(',')}) ORDER BY issued_at, sequence`);
  const waiting = (siteId: string, day: string, codes: readonly string[]) => (codes.length ? (waitingStatement(codes.length).all(siteId, day, ...codes) as TicketRow[]) : []);

  const recentServed = db.prepare(
    "SELECT served_at AS s, done_at AS d FROM tickets WHERE site_id = ? AND service_code = ? AND status = 'done' AND served_at IS NOT NULL ORDER BY done_at DESC LIMIT ?",
  );
  const lastCalls = db.prepare(`SELECT ${columns} FROM tickets WHERE site_id = ? AND day = ? AND called_at IS NOT NULL ORDER BY called_at DESC LIMIT ?`);
  const callsAtCounter = db.prepare(`SELECT ${columns} FROM tickets WHERE site_id = ? AND day = ? AND counter = ? AND called_at IS NOT NULL ORDER BY called_at DESC LIMIT ?`);
  db.exec('CREATE INDEX IF NOT EXISTS tickets_calls ON tickets(site_id, day, counter, called_at)');
  // The board reads the day's latest calls after every issue and call: without this index, a sort of the whole day.
  db.exec('CREATE INDEX IF NOT EXISTS tickets_latest_calls ON tickets(site_id, day, called_at)');
  db.exec('CREATE INDEX IF NOT EXISTS tickets_done ON tickets(site_id, service_code, status, done_at)');

  const activeOfCitizen = db.prepare(
    `SELECT ${columns.replace(/(^|,\s*)(\w+)/gu, '$1t.$2')} FROM tickets t JOIN ticket_citizens c ON c.ticket_id = t.id
     WHERE c.citizen_hash = ? AND c.day = ? AND t.service_code = ? AND t.status IN ('waiting', 'called', 'serving')`,
  );
  const linkCitizen = db.prepare('INSERT INTO ticket_citizens (ticket_id, citizen_hash, day) VALUES (?, ?, ?)');

  const issue = db.transaction((input: IssueInput) => {
    const existing = byRequest.get(input.siteId, input.requestId) as TicketRow | undefined;
    if (existing) return { ticket: existing, created: false };
    if (input.citizenHash && input.oneActivePerCitizen) {
      const active = activeOfCitizen.get(input.citizenHash, input.day, input.serviceCode) as TicketRow | undefined;
      if (active) return { ticket: active, created: false };
    }
    const sequence = (lastSequence.get(input.siteId, input.day, input.serviceCode) as { n: number }).n + 1;
    const row = {
      id: randomUUID(),
      siteId: input.siteId,
      day: input.day,
      serviceCode: input.serviceCode,
      sequence,
      number: `${input.serviceCode}${String(sequence).padStart(3, '0')}`,
      priority: input.priority,
      requestId: input.requestId,
      issuedAt: input.now,
      appointmentAt: input.appointmentAt ?? null,
    };
    insert.run(row);
    if (input.citizenHash) linkCitizen.run(row.id, input.citizenHash, input.day);
    return { ticket: byId.get(row.id) as TicketRow, created: true };
  });

  const update = (id: string, changes: Parameters<QueueStore['update']>[1]) => {
    const names: Record<string, string> = { status: 'status', counter: 'counter', calledAt: 'called_at', servedAt: 'served_at', doneAt: 'done_at', serviceCode: 'service_code' };
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
    if (entries.length) db.prepare(`UPDATE tickets SET ${entries.map(([key]) => `${names[key]} = @${key}`).join(', ')} WHERE id = @id`).run({ ...Object.fromEntries(entries), id });
    return byId.get(id) as TicketRow;
  };

  const claim = db.transaction((siteId: string, day: string, codes: readonly string[], choose: (rows: TicketRow[]) => TicketRow | null, counter: number, now: string) => {
    const chosen = choose(waiting(siteId, day, codes));
    return chosen ? update(chosen.id, { status: 'called', counter, calledAt: now }) : null;
  });

  const appointmentById = db.prepare(`SELECT ${appointmentColumns} FROM ${appointmentFrom} WHERE a.id = ?`);
  const appointmentByRequest = db.prepare(`SELECT ${appointmentColumns} FROM ${appointmentFrom} WHERE a.site_id = ? AND a.request_id = ?`);
  const appointmentByCode = db.prepare(`SELECT ${appointmentColumns} FROM ${appointmentFrom} WHERE a.site_id = ? AND a.code = ?`);
  const appointmentsOfDay = db.prepare(`SELECT ${appointmentColumns} FROM ${appointmentFrom} WHERE a.site_id = ? AND a.day = ? ORDER BY a.slot, a.created_at`);
  const insertAppointment = db.prepare(
    `INSERT INTO appointments (id, site_id, code, service_code, day, slot, slot_at, reference, phone_last4, request_id, status, created_at)
     VALUES (@id, @siteId, @code, @serviceCode, @day, @slot, @slotAt, @reference, @phoneLast4, @requestId, 'booked', @createdAt)`,
  );
  const markCheckedIn = db.prepare("UPDATE appointments SET status = 'checked_in', ticket_id = ?, checked_in_at = ? WHERE id = ?");

  const book = db.transaction((input: Parameters<QueueStore['book']>[0]) => {
    const existing = appointmentByRequest.get(input.siteId, input.requestId) as AppointmentRow | undefined;
    if (existing) return { appointment: existing, created: false };
    let code = '';
    do code = Array.from({ length: 6 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
    while (appointmentByCode.get(input.siteId, code));
    const id = randomUUID();
    insertAppointment.run({ ...input, id, code });
    return { appointment: appointmentById.get(id) as AppointmentRow, created: true };
  });

  const checkIn = db.transaction((appointmentId: string, input: IssueInput) => {
    const appointment = appointmentById.get(appointmentId) as AppointmentRow | undefined;
    if (!appointment) throw new Error(`No appointment ${appointmentId}`);
    const existing = appointment.ticketId ? (byId.get(appointment.ticketId) as TicketRow | undefined) : undefined;
    if (existing) return { appointment, ticket: existing, created: false };
    const { ticket, created } = issue(input);
    markCheckedIn.run(ticket.id, input.now, appointmentId);
    return { appointment: appointmentById.get(appointmentId) as AppointmentRow, ticket, created };
  });

  return {
    issue: (input) => issue.immediate(input),
    byRequest: (siteId, requestId) => (byRequest.get(siteId, requestId) as TicketRow | undefined) ?? null,
    forgetCitizens: (beforeDay) => db.prepare('DELETE FROM ticket_citizens WHERE day < ?').run(beforeDay).changes,
    get: (id) => (byId.get(id) as TicketRow | undefined) ?? null,
    waiting,
    update: (id, changes) => db.transaction(() => update(id, changes)).immediate(),
    claim: (siteId, day, codes, choose, counter, now) => claim.immediate(siteId, day, codes, choose, counter, now),
    recentServiceMinutes: (siteId, serviceCode, limit) =>
      (recentServed.all(siteId, serviceCode, limit) as { s: string; d: string }[]).map((row) => (Date.parse(row.d) - Date.parse(row.s)) / 60_000),
    lastCalls: (siteId, day, limit) => lastCalls.all(siteId, day, limit) as TicketRow[],
    callsAtCounter: (siteId, day, counter, limit) => callsAtCounter.all(siteId, day, counter, limit) as TicketRow[],
    all: (siteId, day) => db.prepare(`SELECT ${columns} FROM tickets WHERE site_id = ? AND day = ? ORDER BY issued_at`).all(siteId, day) as TicketRow[],
    book: (input) => book.immediate(input),
    appointmentByRequest: (siteId, requestId) => (appointmentByRequest.get(siteId, requestId) as AppointmentRow | undefined) ?? null,
    findAppointment: (siteId, idOrCode) =>
      ((appointmentById.get(idOrCode) as AppointmentRow | undefined) ?? (appointmentByCode.get(siteId, idOrCode.toUpperCase()) as AppointmentRow | undefined) ?? null),
    appointments: (siteId, day) => appointmentsOfDay.all(siteId, day) as AppointmentRow[],
    checkIn: (appointmentId, input) => checkIn.immediate(appointmentId, input),
    forgetAppointmentDetails: (beforeDay) =>
      db.prepare('UPDATE appointments SET reference = NULL, phone_last4 = NULL WHERE day < ? AND (reference IS NOT NULL OR phone_last4 IS NOT NULL)').run(beforeDay).changes,
    close: () => db.close(),
  };
}
