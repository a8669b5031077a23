// npm run bench:assistant — composed-answer latency, then a load run: 200 concurrent socket.io clients asking
// questions of a server on 127.0.0.1, end to end. Uses DATA_DIR's catalogue (the sample when empty).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { loadConfig } from '../../contracts/config';
import { buildApp } from '../app';

const questions = [
  'làm giấy khai sinh cho con cần giấy tờ gì', 'lệ phí chứng thực chữ ký bao nhiêu', 'đăng kí thường chú cho vợ', 'cap lai the can cuoc bi mat',
  'xin giấy xác nhận độc thân ở đâu', 'đăng ký kết hôn mất bao lâu', 'mở quán tạp hóa cần đăng ký gì', 'giấy phép xây dựng nhà ở riêng lẻ',
  'hòa giải tranh chấp đất đai', 'khai tử cho bố', 'đăng ký tạm trú cho sinh viên', 'thủ tục đăng ký nghĩa vụ quân sự lần đầu',
  'giá vàng hôm nay', 'xin chào', 'chứng thực di chúc cần gì', 'trợ cấp mai táng phí',
];
const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
};

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: process.env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'bench-assistant-')) });
const app = await buildApp({ config });
await app.listen({ host: '127.0.0.1', port: 0 });
const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const composed: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const question of questions) {
    const started = performance.now();
    await app.assistant.ask({ question });
    composed.push(performance.now() - started);
  }
}

const clients = 200;
const perClient = 3;
const endToEnd: number[] = [];
let errors = 0;
const loadStarted = performance.now();
await Promise.all(
  Array.from({ length: clients }, (_, clientIndex) =>
    new Promise<void>((resolve) => {
      const socket = io(`${url}/assistant`, { transports: ['websocket'], forceNew: true, timeout: 10_000 });
      let asked = 0;
      const started = new Map<string, number>();
      const done = () => {
        socket.close();
        resolve();
      };
      const guard = setTimeout(() => {
        errors += perClient - asked;
        done();
      }, 60_000);
      const askNext = () => {
        if (asked >= perClient) {
          clearTimeout(guard);
          done();
          return;
        }
        const requestId = `${clientIndex}-${asked}`;
        started.set(requestId, performance.now());
        socket.emit('ask', { requestId, question: questions[(clientIndex + asked) % questions.length]! });
        asked += 1;
      };
      socket.on('connect', askNext);
      socket.on('answer-end', ({ requestId }) => {
        endToEnd.push(performance.now() - started.get(requestId)!);
        askNext();
      });
      socket.on('error', () => {
        errors += 1;
        askNext();
      });
      socket.on('connect_error', () => {
        errors += perClient;
        clearTimeout(guard);
        done();
      });
    }),
  ),
);
const loadSeconds = (performance.now() - loadStarted) / 1000;
const procedures = app.catalogue.count();
await app.close();

console.log(`catalogue: ${procedures} procedures`);
console.log('| measure | p50 ms | p95 ms | count | errors | target |');
console.log('|---|---|---|---|---|---|');
console.log(`| composed answer | ${percentile(composed, 0.5).toFixed(1)} | ${percentile(composed, 0.95).toFixed(1)} | ${composed.length} | 0 | p95 ≤ 150 ms |`);
console.log(`| 200 socket.io clients, end to end | ${percentile(endToEnd, 0.5).toFixed(1)} | ${percentile(endToEnd, 0.95).toFixed(1)} | ${endToEnd.length} | ${errors} | p95 ≤ 500 ms, no errors |`);
console.log(`load run: ${loadSeconds.toFixed(1)} s, ${(endToEnd.length / loadSeconds).toFixed(0)} answers/s`);
