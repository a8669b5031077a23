import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../contracts/config';
import { decodeRaster } from '../devices/printer/escpos-ticket';
import { buildApp } from '../app';

describe('queue with a ticket printer', async () => {
  // A fixed site clock inside opening hours (09:00 in Hà Nội).
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T02:00:00Z') });
  const folder = mkdtempSync(path.join(tmpdir(), 'printing-'));
  const device = path.join(folder, 'lp0');
  writeFileSync(device, '');
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: folder, PRINTER: device, SPEECH_ENGINE: 'none' }) });
  afterAll(async () => {
    await app.close();
    vi.useRealTimers();
  });

  it('prints real ESC/POS bytes for a new ticket, once, and shows the citizen status page', async () => {
    const first = await app.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode: 'A', requestId: 'print-test-0001' } });
    const printed = readFileSync(device);
    expect([...printed.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    expect(decodeRaster(printed)?.width).toBe(384);
    await app.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode: 'A', requestId: 'print-test-0001' } });
    expect(readFileSync(device).length).toBe(printed.length);
    expect((await app.inject({ method: 'GET', url: '/api/queue/printer' })).json()).toEqual({ name: device, state: 'ready' });
    const status = await app.inject({ method: 'GET', url: `/so/${first.json().id}` });
    expect(status.body).toContain('Số A001');
    expect(status.body).toContain('Đang chờ');
  });

  it('an unreachable printer leaves the number valid', async () => {
    const broken = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'printing-')), PRINTER: '/nonexistent/dir/lp0', SPEECH_ENGINE: 'none' }) });
    const response = await broken.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode: 'B', requestId: 'print-test-0002' } });
    expect(response.statusCode).toBe(201);
    expect(response.json().number).toBe('B001');
    expect((await broken.inject({ method: 'GET', url: '/api/queue/printer' })).json().state).toBe('offline');
    await broken.close();
  });
});
