import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../contracts/config';
import { buildApp } from './app';

describe('app', async () => {
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' }) });
  afterAll(() => app.close());

  it('answers health', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok' });
  });

  it('answers unknown routes with a stable error id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { id: 'not_found' } });
  });
});
