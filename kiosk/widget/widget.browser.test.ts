// Medium test in Debian Chromium: the widget embedded in a plain page served from another origin, and the
// officer lookup page. Screenshots are kept in test-results/screenshots.
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, hasChromium, launchBrowser } from '../testing/browser';

describe.skipIf(!hasChromium)('widget and lookup in Chromium (medium)', () => {
  let app: FastifyInstance;
  let host: Server;
  let browser: Browser;
  let appUrl = '';
  let hostUrl = '';

  beforeAll(async () => {
    // The server is loaded dynamically: kiosk code never imports it, only this test drives it over the network.
    host = createServer();
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
    const { buildApp } = await import('../../server/app');
    const { loadConfig } = await import('../../contracts/config');
    app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'widget-')), CORS_ORIGINS: hostUrl }) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    host.on('request', (_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><html lang="vi"><head><title>Xã Thử Nghiệm</title><style>body{font-family:serif;color:green} button{background:yellow}</style></head>
<body><h1>Cổng thông tin xã Thử Nghiệm</h1><p>Trang của xã.</p><script src="${appUrl}/assets/widget.js" data-server="${appUrl}"></script></body></html>`);
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    host?.close();
  });

  it('answers a question with streaming, a citation and feedback, from another origin', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(hostUrl);
    await page.getByRole('button', { name: 'Mở trợ lý thủ tục hành chính' }).click();
    const input = page.getByRole('textbox', { name: 'Câu hỏi của bạn' });
    await input.fill('làm giấy khai sinh cho con cần giấy tờ gì');
    await input.press('Enter');
    const citation = page.locator('#tthc-chat-widget').getByRole('link', { name: '1.001193' });
    await citation.waitFor({ timeout: 20_000 });
    expect(await citation.getAttribute('href')).toBe(`${appUrl}/thu-tuc/1.001193`);
    await expect.poll(() => page.getByRole('log').innerText()).toContain('Hồ sơ cần chuẩn bị');
    // The portal address reads as a short link, not a long URL.
    const portal = page.locator('#tthc-chat-widget').getByRole('link', { name: 'xem trên Cổng Dịch vụ công quốc gia' });
    expect(await portal.getAttribute('href')).toMatch(/^https:\/\/dichvucong\.gov\.vn\/.*1\.001193$/u);
    expect(await page.getByRole('log').innerText()).not.toContain('https://');
    await page.screenshot({ path: artifactPath('widget-answer.png') });
    await page.getByRole('button', { name: 'Hữu ích', exact: true }).click();
    await expect.poll(() => page.getByRole('log').innerText()).toContain('Cảm ơn bạn đã góp ý');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').isHidden()).toBe(true);
    await page.close();
  }, 60_000);

  it('officer lookup: search as you type, open a procedure with its checklist', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${appUrl}/tra-cuu`);
    await page.getByRole('searchbox').fill('chung thuc');
    const result = page.getByRole('button', { name: /Chứng thực chữ ký/u }).first();
    await result.waitFor({ timeout: 10_000 });
    await result.click();
    await page.locator('#lookup-detail h1').waitFor();
    expect(await page.locator('#lookup-detail #procedure-code').innerText()).toBe('2.000884');
    expect(await page.locator('#lookup-detail .checklist li').count()).toBeGreaterThan(0);
    await page.getByLabel('Lĩnh vực').selectOption('Hộ tịch');
    await expect.poll(() => page.locator('#lookup-status').innerText()).toMatch(/\d+ thủ tục/u);
    await page.screenshot({ path: artifactPath('lookup.png'), fullPage: false });
    await page.close();
  }, 60_000);
});
