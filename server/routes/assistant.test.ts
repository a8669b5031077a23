import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { io as connect } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../contracts/config';
import { buildApp } from '../app';

describe('assistant routes', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'assistant-routes-'));
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: dataDir }) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  afterAll(() => app.close());

  it('answers over HTTP with citations', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: 'lam giay khai sinh can giay to gi' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ citations: ['1.001193'], facet: 'ho_so', answerable: true, messageId: expect.any(String) });
  });

  it('rejects an empty or oversized question with a stable error id', async () => {
    const empty = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: '' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { id: 'invalid_input' } });
    const huge = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: 'a'.repeat(200_000) } });
    expect([400, 413]).toContain(huge.statusCode);
  });

  it('stores transcripts and accepts feedback only for a message of the same session', async () => {
    const asked = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: 'lệ phí chứng thực chữ ký', sessionId: 'session-abc-123' } });
    const messageId = asked.json().messageId;
    const ok = await app.inject({ method: 'POST', url: '/api/feedback', payload: { sessionId: 'session-abc-123', messageId, rating: 'down', reason: 'thiếu thông tin' } });
    expect(ok.json()).toEqual({ saved: true });
    const forged = await app.inject({ method: 'POST', url: '/api/feedback', payload: { sessionId: 'session-xyz-999', messageId, rating: 'up' } });
    expect(forged.statusCode).toBe(404);
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/assistant_questions_total [1-9]/u);
    expect(metrics.body).toContain('http_request_duration_seconds_bucket');
  });

  it('allows only configured origins and sends security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://evil.example' } });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('searches', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/search?q=cap%20lai%20can%20cuoc&top=3' });
    expect(response.json().results[0].code).toBe('1.014064');
  });

  it('streams answers over socket.io', async () => {
    const socket = connect(`http://127.0.0.1:${port}/assistant`, { transports: ['websocket'] });
    const deltas: string[] = [];
    const end = await new Promise<{ citations: string[]; answer: string }>((resolve, reject) => {
      socket.on('answer-delta', (payload: { text: string }) => deltas.push(payload.text));
      socket.on('answer-end', resolve);
      socket.on('error', reject);
      socket.emit('ask', { requestId: 'r1', question: 'thủ tục đăng ký kết hôn cần giấy tờ gì' });
    });
    socket.close();
    expect(end.citations).toContain('1.000894');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(end.answer);
  });

  it('answers a malformed socket event with an error event', async () => {
    const socket = connect(`http://127.0.0.1:${port}/assistant`, { transports: ['websocket'] });
    const error = await new Promise<{ id: string }>((resolve) => {
      socket.on('error', resolve);
      socket.emit('ask', { question: 42 });
    });
    socket.close();
    expect(error.id).toBe('invalid_input');
  });
});
