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
    await board.locator('#board-waiting li').first().waitFor();
    for (const requestId of ['ui-ticket-0001', 'ui-ticket-0002']) {
      await fetch(`${url}/api/queue/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceCode: 'A', requestId }) });
    }
    await expect.poll(() => board.locator('#board-waiting').innerText()).toContain('A001, A002');
    const officer = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    await officer.goto(`${url}/quay`);
    await officer.getByLabel('Mã PIN').fill('0000');
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => officer.getByRole('alert').innerText()).toContain('không đúng');
    await officer.getByLabel('Mã PIN').fill('1234');
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await officer.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
    await expect.poll(() => officer.locator('#console-current').innerText()).toContain('A001');
    await expect.poll(() => board.locator('#board-latest').innerText()).toBe('Mời số A 1 đến quầy số 1');
    expect(await board.locator('#board-calls li').first().innerText()).toMatch(/A001\s*→\s*Quầy 1/u);
    await officer.getByRole('button', { name: 'Hoàn thành' }).click();
    await expect.poll(() => officer.locator('#console-current').innerText()).toContain('Chưa gọi');
    await officer.screenshot({ path: artifactPath('officer-console.png') });
    await board.screenshot({ path: artifactPath('calling-board.png') });
  }, 60_000);
});
