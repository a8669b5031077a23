import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { io as connect } from 'socket.io-client';
import { afterAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { loadConfig } from '../../contracts/config';
import { buildApp } from '../app';

describe('queue API', async () => {
  // A fixed site clock inside opening hours (09:00 in Hà Nội), one second further at every request.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T02:00:00Z') });
  const tick = () => vi.advanceTimersByTime(1000);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'queue-')) }) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  afterAll(async () => {
    await app.close();
    vi.useRealTimers();
  });
  const issue = (serviceCode: string, requestId: string, priority?: string) => {
    tick();
    return app.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode, requestId, ...(priority ? { priority } : {}) } });
  };
  const signIn = async (counter: number) => (await app.inject({ method: 'POST', url: '/api/queue/officer/sign-in', payload: { pin: '1234', counter } })).json().token as string;
  const act = (counter: number, action: string, token: string, payload?: object) => {
    tick();
    return app.inject({ method: 'POST', url: `/api/queue/counters/${counter}/${action}`, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  };

  it('lists the services of the site', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/queue/services' });
    expect(response.json().services.map((service: { code: string }) => service.code)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('issues numbered tickets, idempotent by request id, with position and estimated wait', async () => {
    const first = await issue('B', 'request-b-0001');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ number: 'B001', serviceCode: 'B', status: 'waiting', position: 0, estimatedWaitMinutes: 0 });
    const again = await issue('B', 'request-b-0001');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const second = (await issue('B', 'request-b-0002')).json();
    expect(second).toMatchObject({ number: 'B002', position: 1, estimatedWaitMinutes: 12 });
    expect((await app.inject({ method: 'GET', url: `/api/queue/tickets/${second.id}` })).json().number).toBe('B002');
  });

  it('rejects unknown services and malformed bodies clearly', async () => {
    expect((await issue('Z', 'request-z-0001')).json()).toMatchObject({ error: { id: 'invalid_input' } });
    expect((await app.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode: 'A' } })).statusCode).toBe(400);
  });

  it('never gives two tickets one number under parallel issuing', async () => {
    const responses = await Promise.all(Array.from({ length: 60 }, (_, index) => issue('C', `parallel-c-${String(index).padStart(4, '0')}`)));
    const numbers = responses.map((response) => response.json().number);
    expect(new Set(numbers).size).toBe(60);
    expect(numbers.sort()[59]).toBe('C060');
  });

  it('requires an officer session for this counter', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/queue/counters/1/call-next' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/queue/officer/sign-in', payload: { pin: '0000', counter: 1 } })).statusCode).toBe(401);
    const tokenFor3 = await signIn(3);
    expect((await act(1, 'call-next', tokenFor3)).statusCode).toBe(401);
  });

  it('calls with priority interleave, announces on the board, completes and transfers', async () => {
    const board = connect(`${url}/queue`, { transports: ['websocket'] });
    onTestFinished(() => {
      board.close();
    });
    const calls: { number: string; counter: number; text: string }[] = [];
    board.on('called', (call) => calls.push(call));
    await new Promise<void>((resolve) => {
      board.on('state', () => resolve());
      board.emit('join-board', { siteId: 'xa-mau' });
    });
    for (let index = 1; index <= 5; index += 1) await issue('A', `normal-a-${String(index).padStart(4, '0')}`);
    const elder = (await issue('A', 'priority-a-0001', 'elderly')).json();
    expect(elder.position).toBe(0);
    const token = await signIn(1);
    const called: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const ticket = (await act(1, 'call-next', token)).json().ticket;
      called.push(ticket.number);
      await act(1, 'complete', token, { ticketId: ticket.id });
    }
    // The priority ticket waits for at most three normal calls, then goes first.
    expect(called).toEqual(['A001', 'A002', 'A003', 'A006', 'A004', 'A005']);
    await expect.poll(() => calls.length).toBe(6);
    expect(calls[0]).toMatchObject({ number: 'A001', counter: 1, text: 'Mời số A 1 đến quầy số 1' });
    expect((await act(1, 'call-next', token)).json().ticket).toBeNull();
    const b = (await issue('B', 'transfer-b-0001')).json();
    const token3 = await signIn(3);
    let next = (await act(3, 'call-next', token3)).json().ticket;
    while (next && next.id !== b.id) next = (await act(3, 'call-next', token3)).json().ticket;
    const moved = (await act(3, 'transfer', token3, { ticketId: b.id, serviceCode: 'C' })).json();
    expect(moved).toMatchObject({ number: b.number, serviceCode: 'C', status: 'waiting' });
  });
});
