import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../contracts/config';
import { buildApp } from '../app';

describe('rate limits with production settings', async () => {
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'development', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'limits-')) }) });
  afterAll(() => app.close());

  it('limits one chat session to 30 questions a minute with a Vietnamese message', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 32; index += 1) {
      const response = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: 'xin chào', sessionId: 'session-flood-1' }, remoteAddress: `10.0.0.${index}` });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json()).toMatchObject({ error: { id: 'rate_limited', messageVi: expect.stringContaining('quá nhiều') } });
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    const otherSession = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: 'xin chào', sessionId: 'session-other-2' }, remoteAddress: '10.0.1.1' });
    expect(otherSession.statusCode).toBe(200);
  });
});
