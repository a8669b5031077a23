// npm run bench:queue — issue + call throughput on SQLite, and board update latency with 50 connected
// socket.io boards, against a server on 127.0.0.1. Bounded in count and time.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { loadConfig } from '../../contracts/config';
import { buildApp } from '../app';

const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
};

// The bundled site, open round the clock, so the bench measures the same thing at any hour.
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-queue-'));
const siteFile = path.join(dataDir, 'site.json');
const site = JSON.parse(readFileSync(new URL('../queue/default-site.json', import.meta.url), 'utf8')) as Record<string, unknown>;
writeFileSync(siteFile, JSON.stringify({ ...site, openingHours: { open: '00:00', close: '24:00' } }));
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: dataDir, QUEUE_SITE_FILE: siteFile }) });
await app.listen({ host: '127.0.0.1', port: 0 });
const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const token = (await app.inject({ method: 'POST', url: '/api/queue/officer/sign-in', payload: { pin: '1234', counter: 1 } })).json().token as string;

// Throughput through the HTTP layer (inject: no sockets), issuing and calling interleaved.
const operations = 4000;
const started = performance.now();
for (let index = 0; index < operations / 2; index += 1) {
  const issued = await app.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode: 'A', requestId: `bench-${index.toString().padStart(6, '0')}` } });
  const called = await app.inject({ method: 'POST', url: '/api/queue/counters/1/call-next', headers: { authorization: `Bearer ${token}` } });
  // A bench that counts refused requests measures nothing: stop loudly instead.
  if (issued.statusCode !== 201 || called.statusCode !== 200 || !called.json().ticket) throw new Error(`bench: issue ${issued.statusCode} / call ${called.statusCode}: ${issued.body.slice(0, 200)}`);
}
const throughput = operations / ((performance.now() - started) / 1000);

// Board latency: 50 boards; each call is timed from the officer's request to every board's event.
const boards: Socket[] = await Promise.all(
  Array.from({ length: 50 }, () =>
    new Promise<Socket>((resolve) => {
      const socket = io(`${url}/queue`, { transports: ['websocket'], forceNew: true });
      socket.on('state', () => resolve(socket));
      socket.on('connect', () => socket.emit('join-board', { siteId: 'xa-mau' }));
    }),
  ),
);
const latencies: number[] = [];
for (let call = 0; call < 40; call += 1) {
  await app.inject({ method: 'POST', url: '/api/queue/tickets', payload: { serviceCode: 'A', requestId: `board-${call.toString().padStart(6, '0')}` } });
  const sent = performance.now();
  const received = Promise.all(boards.map((board) => new Promise<void>((resolve) => board.once('called', () => {
    latencies.push(performance.now() - sent);
    resolve();
  }))));
  await fetch(`${url}/api/queue/counters/1/call-next`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  await Promise.race([received, new Promise((resolve) => setTimeout(resolve, 5000))]);
}
for (const board of boards) board.close();
await app.close();

console.log('| measure | value | target |');
console.log('|---|---|---|');
console.log(`| issue + call throughput (SQLite) | ${throughput.toFixed(0)} operations/s | ≥ 1,000 |`);
console.log(`| board update latency, 50 boards, p50 | ${percentile(latencies, 0.5).toFixed(1)} ms | |`);
console.log(`| board update latency, 50 boards, p95 | ${percentile(latencies, 0.95).toFixed(1)} ms | ≤ 200 ms |`);
console.log(`| board events received | ${latencies.length} of ${40 * 50} | all |`);
