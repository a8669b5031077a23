// Medium test: the real server as a child process, several clients issuing tickets concurrently, SIGKILL at
// random moments 20 times. Every acknowledged ticket must survive with its number, no number may repeat, and
// numbering must continue after each restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// The server runs on the real clock: the site in this test is open around the clock, so it issues at any hour.
function roundTheClockSite(folder: string): string {
  const site = JSON.parse(readFileSync(new URL('default-site.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const file = path.join(folder, 'site.json');
  writeFileSync(file, JSON.stringify({ ...site, openingHours: { open: '00:00', close: '24:00' } }));
  return file;
}

async function startServer(dataDir: string, port: number): Promise<{ child: ChildProcess; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, QUEUE_SITE_FILE: roundTheClockSite(dataDir), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    stdio: 'ignore',
  });
  // Listen for the exit at once: a killed child may exit before anyone awaits it.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { child, exited };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

describe('queue crash safety (medium)', () => {
  it('loses and duplicates no acknowledged ticket across 20 SIGKILLs', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'crash-'));
    const port = await freePort();
    const acknowledged = new Map<string, { id: string; number: string }>();
    let requestCounter = 0;
    for (let round = 0; round < 20; round += 1) {
      const { child, exited } = await startServer(dataDir, port);
      let stop = false;
      const clients = Array.from({ length: 4 }, async (_, client) => {
        while (!stop) {
          const requestId = `crash-${round}-${client}-${requestCounter++}`;
          const serviceCode = 'ABCD'[requestCounter % 4]!;
          try {
            const response = await fetch(`http://127.0.0.1:${port}/api/queue/tickets`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ serviceCode, requestId }),
            });
            if (response.ok) {
              const ticket = (await response.json()) as { id: string; number: string };
              acknowledged.set(requestId, { id: ticket.id, number: ticket.number });
            }
          } catch {
            return; // the server died mid-request: that ticket was never acknowledged
          }
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 350));
      child.kill('SIGKILL');
      stop = true;
      await Promise.all(clients);
      await exited;
    }
    const { child } = await startServer(dataDir, port);
    try {
      const numbers = new Set<string>();
      for (const [requestId, ticket] of acknowledged) {
        const stored = (await (await fetch(`http://127.0.0.1:${port}/api/queue/tickets/${ticket.id}`)).json()) as { number: string };
        expect(stored.number, requestId).toBe(ticket.number);
        expect(numbers.has(ticket.number), `duplicate ${ticket.number}`).toBe(false);
        numbers.add(ticket.number);
      }
      // Retrying an acknowledged request returns the same ticket; numbering continues after the highest.
      const [firstRequest, firstTicket] = [...acknowledged.entries()][0]!;
      const retry = (await (await fetch(`http://127.0.0.1:${port}/api/queue/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceCode: firstTicket.number[0], requestId: firstRequest }) })).json()) as { id: string };
      expect(retry.id).toBe(firstTicket.id);
      const highestA = Math.max(0, ...[...numbers].filter((number) => number.startsWith('A')).map((number) => Number(number.slice(1))));
      const next = (await (await fetch(`http://127.0.0.1:${port}/api/queue/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceCode: 'A', requestId: 'after-crashes-0001' }) })).json()) as { number: string };
      expect(Number(next.number.slice(1))).toBeGreaterThan(highestA);
      expect(acknowledged.size).toBeGreaterThan(100);
    } finally {
      child.kill('SIGKILL');
    }
  }, 240_000);
});
