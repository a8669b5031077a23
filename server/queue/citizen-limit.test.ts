import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { issueTicketRequestSchema, queueSiteConfigSchema } from '../../contracts/queue';
import { createQueueService } from './queue-service';
import { openQueueStore } from './queue-store';

const site = queueSiteConfigSchema.parse({ ...JSON.parse(readFileSync(new URL('default-site.json', import.meta.url), 'utf8')), oneActiveTicketPerCitizen: true });

describe('one active ticket per citizen', () => {
  it('returns the active ticket again for the same ID number and keeps only a keyed hash, for the day', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'citizen-'));
    let now = new Date('2026-11-22T02:00:00Z');
    const queue = createQueueService(site, openQueueStore(dataDir), () => {}, () => now, 'a-test-secret-of-enough-length');
    const first = queue.issue({ serviceCode: 'A', requestId: 'citizen-0001', citizenIdNumber: '001203004567' });
    const again = queue.issue({ serviceCode: 'A', requestId: 'citizen-0002', citizenIdNumber: '001203004567' });
    expect(again.created).toBe(false);
    expect(again.ticket.number).toBe(first.ticket.number);
    expect(queue.issue({ serviceCode: 'B', requestId: 'citizen-0003', citizenIdNumber: '001203004567' }).created).toBe(true);
    expect(queue.issue({ serviceCode: 'A', requestId: 'citizen-0004', citizenIdNumber: '079203004568' }).created).toBe(true);
    const db = new Database(path.join(dataDir, 'queue.db'), { readonly: true });
    const dump = JSON.stringify(db.prepare('SELECT * FROM ticket_citizens').all()) + JSON.stringify(db.prepare('SELECT * FROM tickets').all());
    expect(dump).not.toContain('001203004567');
    now = new Date('2026-11-23T02:00:00Z');
    queue.issue({ serviceCode: 'A', requestId: 'citizen-0005' });
    expect((db.prepare("SELECT COUNT(*) AS n FROM ticket_citizens WHERE day < '2026-11-23'").get() as { n: number }).n).toBe(0);
  });

  it('rejects a malformed ID number with a clear Vietnamese message', () => {
    const result = issueTicketRequestSchema.safeParse({ serviceCode: 'A', requestId: 'citizen-0009', citizenIdNumber: '12345' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('12 chữ số');
    expect(issueTicketRequestSchema.safeParse({ serviceCode: 'A', requestId: 'citizen-0010', citizenIdNumber: '999203004567' }).error?.issues[0]?.message).toContain('mã tỉnh');
  });
});
