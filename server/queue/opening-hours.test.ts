import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../contracts/errors';
import { queueSiteConfigSchema } from '../../contracts/queue';
import { createQueueService } from './queue-service';
import { openQueueStore } from './queue-store';

const defaultSite = JSON.parse(readFileSync(new URL('default-site.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function setup(overrides: Record<string, unknown> = {}) {
  const site = queueSiteConfigSchema.parse({ ...defaultSite, ...overrides });
  let now = new Date();
  const queue = createQueueService(site, openQueueStore(mkdtempSync(path.join(tmpdir(), 'hours-'))), () => {}, () => now);
  /** Hà Nội time, the site's zone. */
  const at = (local: string) => {
    now = new Date(`${local}:00+07:00`);
  };
  return { queue, at };
}

function errorOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('opening hours', () => {
  it('issues walk-in tickets from 30 minutes before opening until closing, in the site time zone', () => {
    const { queue, at } = setup();
    at('2026-11-23T06:59');
    const early = errorOf(() => queue.issue({ serviceCode: 'A', requestId: 'hours-0001' }));
    expect(early.id).toBe('conflict');
    expect(early.messageVi).toBe('Ngoài giờ làm việc (07:30–17:00). Quý khách vui lòng quay lại lấy số từ 07:00.');
    expect(early.details).toEqual({ reason: 'outside_opening_hours', openingHours: { open: '07:30', close: '17:00' }, issueFrom: '07:00' });
    at('2026-11-23T07:00');
    const first = queue.issue({ serviceCode: 'A', requestId: 'hours-0001' });
    expect(first).toMatchObject({ created: true, ticket: { number: 'A001' } });
    at('2026-11-23T16:59');
    expect(queue.issue({ serviceCode: 'A', requestId: 'hours-0002' }).ticket.number).toBe('A002');
    at('2026-11-23T17:00');
    const late = errorOf(() => queue.issue({ serviceCode: 'A', requestId: 'hours-0003' }));
    expect(late.id).toBe('conflict');
    expect(late.messageVi).toBe('Ngoài giờ làm việc (07:30–17:00). Quý khách vui lòng quay lại vào ngày làm việc tiếp theo hoặc đặt lịch hẹn trước.');
    // A retried request keeps its ticket after closing time.
    expect(queue.issue({ serviceCode: 'A', requestId: 'hours-0001' })).toMatchObject({ created: false, ticket: { id: first.ticket.id } });
    // 23:30 in Hà Nội is 16:30 UTC: still closed.
    at('2026-11-23T23:30');
    expect(errorOf(() => queue.issue({ serviceCode: 'B', requestId: 'hours-0004' })).id).toBe('conflict');
  });

  it('follows issueFromMinutesBeforeOpen from the site file', () => {
    const { queue, at } = setup({ issueFromMinutesBeforeOpen: 0 });
    at('2026-11-23T07:00');
    expect(errorOf(() => queue.issue({ serviceCode: 'A', requestId: 'strict-0001' })).messageVi).toBe('Ngoài giờ làm việc (07:30–17:00). Quý khách vui lòng quay lại lấy số từ 07:30.');
    at('2026-11-23T07:30');
    expect(queue.issue({ serviceCode: 'A', requestId: 'strict-0001' }).created).toBe(true);
    const wide = setup({ issueFromMinutesBeforeOpen: 60 });
    wide.at('2026-11-23T06:30');
    expect(wide.queue.issue({ serviceCode: 'A', requestId: 'wide-0001' }).created).toBe(true);
  });

  it('checks in appointments only while tickets are issued', () => {
    const { queue, at } = setup();
    at('2026-11-22T10:00');
    const { appointment } = queue.book({ serviceCode: 'C', slot: '2026-11-23T07:30', requestId: 'hours-appointment-0001' });
    at('2026-11-23T06:50');
    expect(errorOf(() => queue.checkIn(appointment.id, appointment.code)).messageVi).toBe('Ngoài giờ làm việc (07:30–17:00). Quý khách vui lòng quay lại lấy số từ 07:00.');
    at('2026-11-23T07:05');
    expect(queue.checkIn(appointment.id, appointment.code).ticket).toMatchObject({ number: 'C001', appointmentAt: '2026-11-23T00:30:00.000Z' });
  });

  it('validates the hours in the site file, a site may stay open until midnight', () => {
    expect(queueSiteConfigSchema.safeParse({ ...defaultSite, openingHours: { open: '17:00', close: '07:30' } }).success).toBe(false);
    expect(queueSiteConfigSchema.safeParse({ ...defaultSite, openingHours: { open: '7:30', close: '17:00' } }).success).toBe(false);
    const { queue, at } = setup({ openingHours: { open: '00:00', close: '24:00' } });
    at('2026-11-23T23:59');
    expect(queue.issue({ serviceCode: 'A', requestId: 'midnight-0001' }).created).toBe(true);
    at('2026-11-24T00:00');
    expect(queue.issue({ serviceCode: 'A', requestId: 'midnight-0002' }).ticket.number).toBe('A001');
  });
});
