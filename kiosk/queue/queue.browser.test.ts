// Medium test in Debian Chromium: the officer console calls a number and the calling board shows it live.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { artifactPath, hasChromium, launchBrowser } from '../testing/browser';

describe.skipIf(!hasChromium)('officer console and calling board in Chromium (medium)', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let url = '';

  beforeAll(async () => {
    // The server's clock is fixed inside opening hours (09:00 in Hà Nội), so tickets are issued at any real hour.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T02:00:00Z') });
    const { buildApp } = await import('../../server/app');
    const { loadConfig } = await import('../../contracts/config');
    app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'queue-ui-')), SPEECH_ENGINE: 'none' }) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    vi.useRealTimers();
  });

  it('signs in, calls the next number, and the board announces it', async () => {
    const board = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await board.goto(`${url}/bang-goi-so`);
    await board.locator('#board-waiting li[data-service="A"]').waitFor();
    for (const requestId of ['ui-ticket-0001', 'ui-ticket-0002']) {
      await fetch(`${url}/api/queue/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceCode: 'A', requestId }) });
    }
    await expect.poll(() => board.locator('#board-waiting li[data-service="A"] .numbers').innerText()).toBe('A001, A002');
    const booked = await fetch(`${url}/api/queue/appointments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceCode: 'A', slot: '2026-11-23T10:30', requestId: 'ui-booking-0001' }) });
    expect(booked.status).toBe(201);
    const officer = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await officer.goto(`${url}/quay`);
    await officer.getByLabel('Mã PIN').fill('0000');
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => officer.getByRole('alert').innerText()).toContain('không đúng');
    await officer.getByLabel('Mã PIN').fill('1234');
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    // The counter's queue and the day's appointments are in view; nothing to finish before a call.
    await expect.poll(() => officer.locator('#console-waiting').innerText()).toContain('A: A001, A002');
    await expect.poll(() => officer.locator('#console-appointments').innerText()).toContain('10:30 – dịch vụ A – chưa đến');
    expect(await officer.getByRole('button', { name: 'Hoàn thành' }).isDisabled()).toBe(true);
    await officer.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
    await expect.poll(() => officer.locator('#console-current').innerText()).toContain('A001');
    await expect.poll(() => officer.locator('#console-waiting').innerText()).toContain('A: A002');
    await expect.poll(() => board.locator('#board-latest').innerText()).toMatch(/A001\s*→\s*Quầy 1/u);
    expect(await board.locator('#board-latest').getAttribute('aria-label')).toBe('Mời số A001 đến quầy số 1');
    expect(await board.locator('#board-counters tr[data-counter="1"] .number').innerText()).toBe('A001');
    expect(await board.locator('#board-counters tr[data-counter="3"] .number').innerText()).toBe('—');
    await expect.poll(() => board.locator('#board-waiting li[data-service="A"] .numbers').innerText()).toBe('A002');
    await board.screenshot({ path: artifactPath('calling-board.png') });
    await officer.getByRole('button', { name: 'Hoàn thành' }).click();
    await expect.poll(() => officer.locator('#console-current').innerText()).toContain('Chưa gọi');
    // A finished counter is free again on the board.
    await expect.poll(() => board.locator('#board-counters tr[data-counter="1"] .number').innerText()).toBe('—');
    await officer.screenshot({ path: artifactPath('officer-console.png') });
  }, 60_000);
});
