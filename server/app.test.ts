import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../contracts/config';
import { openCatalogue } from '../knowledge/catalogue/open';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from './app';

describe('app', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'app-'));
  const repository = openCatalogue(dataDir);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: dataDir }), knowledge: { repository } });
  afterAll(() => app.close());

  it('answers health', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', procedures: 46 });
  });

  it('serves a procedure by code, and clear errors for bad or unknown codes', async () => {
    const found = await app.inject({ method: 'GET', url: '/api/procedures/1.001193' });
    expect(found.json()).toMatchObject({ code: '1.001193', title: 'Thủ tục đăng ký khai sinh' });
    const bad = await app.inject({ method: 'GET', url: '/api/procedures/abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { id: 'invalid_input', messageVi: expect.stringContaining('Mã thủ tục') } });
    expect((await app.inject({ method: 'GET', url: '/api/procedures/9.999999' })).statusCode).toBe(404);
  });

  it('lists and filters procedures, without diacritics too', async () => {
    const listed = await app.inject({ method: 'GET', url: '/api/procedures?q=khai%20sinh&level=commune' });
    expect(listed.json().items.map((item: { code: string }) => item.code)).toContain('1.001193');
    const folded = await app.inject({ method: 'GET', url: '/api/procedures?q=chung%20thuc' });
    expect(folded.json().total).toBeGreaterThanOrEqual(4);
    const fields = await app.inject({ method: 'GET', url: '/api/fields' });
    expect(fields.json()).toContainEqual({ field: 'Hộ tịch', count: expect.any(Number) });
  });

  it('answers unknown routes with a stable error id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { id: 'not_found' } });
  });
});
