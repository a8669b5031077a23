import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../contracts/config';
import { buildApp } from '../app';

describe('appointments and opening hours over HTTP', async () => {
  // The server's clock: Monday 23 November 2026, 08:00 in Hà Nội.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T08:00:00+07:00') });
  const at = (local: string) => vi.setSystemTime(new Date(`${local}:00+07:00`));
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'appointments-api-')), SPEECH_ENGINE: 'none' }) });
  afterAll(async () => {
    await app.close();
    vi.useRealTimers();
  });
  const book = (payload: object) => app.inject({ method: 'POST', url: '/api/queue/appointments', payload });
  const officerToken = async () => (await app.inject({ method: 'POST', url: '/api/queue/officer/sign-in', payload: { pin: '1234', counter: 1 } })).json().token as string;

  it('tells kiosks the hours and the slot grid', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/queue/services' })).json()).toMatchObject({ openingHours: { open: '07:30', close: '17:00' }, issueFromMinutesBeforeOpen: 30, appointmentSlotMinutes: 15 });
  });

  it('books idempotently and rejects bad slots with Vietnamese messages', async () => {
    at('2026-11-23T08:00');
    const first = await book({ serviceCode: 'A', slot: '2026-11-23T09:30', requestId: 'http-booking-0001', phoneLast4: '4321' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ serviceCode: 'A', slot: '2026-11-23T09:30', status: 'booked', phoneLast4: '4321', ticketNumber: null });
    const again = await book({ serviceCode: 'A', slot: '2026-11-23T09:30', requestId: 'http-booking-0001', phoneLast4: '4321' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);

    const closed = await book({ serviceCode: 'A', slot: '2026-11-23T18:00', requestId: 'http-booking-0002' });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().error).toMatchObject({ id: 'invalid_input', messageVi: 'Giờ hẹn ngoài giờ làm việc (07:30–17:00), vui lòng chọn giờ khác' });
    const past = await book({ serviceCode: 'A', slot: '2026-11-22T09:30', requestId: 'http-booking-0003' });
    expect(past.json().error).toMatchObject({ id: 'invalid_input', messageVi: 'Giờ hẹn 09:30 ngày 2026-11-22 đã qua, vui lòng chọn giờ khác' });
    const unknown = await book({ serviceCode: 'Z', slot: '2026-11-24T09:30', requestId: 'http-booking-0004' });
    expect(unknown.json().error).toMatchObject({ id: 'invalid_input', messageVi: 'Dịch vụ không có tại điểm phục vụ này' });
    const malformed = await book({ serviceCode: 'A', slot: '24/11/2026 9:30', requestId: 'http-booking-0005' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details).toEqual([{ path: 'slot', message: 'giờ hẹn có dạng YYYY-MM-DDTHH:MM, ví dụ 2026-11-23T09:30' }]);
    const idNumber = await book({ serviceCode: 'A', slot: '2026-11-24T09:30', requestId: 'http-booking-0006', reference: 'Nguyễn Văn A 001203004567' });
    expect(idNumber.json().error.details).toEqual([{ path: 'reference', message: 'không ghi số giấy tờ hay số điện thoại vào tên gọi' }]);
  });

  it('lists the day’s appointments for officers only', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/queue/appointments?date=2026-11-23' })).statusCode).toBe(401);
    const token = await officerToken();
    const listed = await app.inject({ method: 'GET', url: '/api/queue/appointments?date=2026-11-23', headers: { authorization: `Bearer ${token}` } });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({ date: '2026-11-23', appointments: [{ slot: '2026-11-23T09:30', serviceCode: 'A', phoneLast4: '4321' }] });
    expect(listed.json().appointments).toHaveLength(1);
    const today = await app.inject({ method: 'GET', url: '/api/queue/appointments', headers: { authorization: `Bearer ${token}` } });
    expect(today.json().date).toBe('2026-11-23');
    expect((await app.inject({ method: 'GET', url: '/api/queue/appointments?date=23-11-2026', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(400);
  });

  it('refuses walk-in tickets outside opening hours, checks in, and calls the due appointment first', async () => {
    at('2026-11-23T06:45');
    const closed = await app.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode: 'A', requestId: 'http-walk-in-0000' } });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error).toMatchObject({ id: 'conflict', messageVi: 'Ngoài giờ làm việc (07:30–17:00). Quý khách vui lòng quay lại lấy số từ 07:00.' });

    at('2026-11-23T09:00');
    const walkIn = await app.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode: 'A', requestId: 'http-walk-in-0001' } });
    expect(walkIn.json()).toMatchObject({ number: 'A001', appointmentAt: null });

    const listed = (await app.inject({ method: 'GET', url: '/api/queue/appointments', headers: { authorization: `Bearer ${await officerToken()}` } })).json();
    const appointment = listed.appointments[0] as { id: string; code: string };
    const wrong = await app.inject({ method: 'POST', url: `/api/queue/appointments/${appointment.id}/check-in`, payload: { code: 'ABCDEF' } });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.messageVi).toBe('Không tìm thấy lịch hẹn với mã này');

    at('2026-11-23T09:21');
    const checkIn = await app.inject({ method: 'POST', url: `/api/queue/appointments/${appointment.code}/check-in`, payload: { code: appointment.code } });
    expect(checkIn.statusCode).toBe(201);
    expect(checkIn.json()).toMatchObject({ late: false, appointment: { status: 'checked_in', ticketNumber: 'A002' }, ticket: { number: 'A002', appointmentAt: '2026-11-23T02:30:00.000Z', position: 0 } });
    const repeated = await app.inject({ method: 'POST', url: `/api/queue/appointments/${appointment.id}/check-in`, payload: { code: appointment.code.toLowerCase() } });
    expect(repeated.statusCode).toBe(200);
    expect(repeated.json().ticket.id).toBe(checkIn.json().ticket.id);
    expect((await app.inject({ method: 'GET', url: `/api/queue/tickets/${walkIn.json().id}` })).json()).toMatchObject({ position: 1, estimatedWaitMinutes: 3 });

    const token = await officerToken();
    at('2026-11-23T09:22');
    const first = await app.inject({ method: 'POST', url: '/api/queue/counters/1/call-next', headers: { authorization: `Bearer ${token}` } });
    expect(first.json().ticket).toMatchObject({ number: 'A002', counter: 1 });
    at('2026-11-23T09:23');
    const second = await app.inject({ method: 'POST', url: '/api/queue/counters/1/call-next', headers: { authorization: `Bearer ${token}` } });
    expect(second.json().ticket.number).toBe('A001');
  });
});
