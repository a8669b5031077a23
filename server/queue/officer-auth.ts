// Officer sign-in with a PIN (scrypt hashes in the site file) and a signed, expiring session token.
import { createHmac, scryptSync, timingSafeEqual } from 'node:crypto';
import type { QueueSiteConfig } from '../../contracts/queue';

const sessionHours = 12;

export function verifyPin(pin: string, pinHash: string): boolean {
  const [salt, hash] = pinHash.split(':');
  if (!salt || !hash) return false;
  const candidate = scryptSync(pin, salt, 32);
  const expected = Buffer.from(hash, 'hex');
  return expected.length === candidate.length && timingSafeEqual(candidate, expected);
}

export interface OfficerSession {
  officer: string;
  counter: number;
  expires: number;
}

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function signIn(site: QueueSiteConfig, pin: string, counter: number, secret: string, now = Date.now()): string | null {
  const officer = site.officers.find((candidate) => verifyPin(pin, candidate.pinHash));
  if (!officer || !site.counters.some((item) => item.number === counter)) return null;
  const payload = Buffer.from(JSON.stringify({ officer: officer.name, counter, expires: now + sessionHours * 3600_000 } satisfies OfficerSession)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

export function verifySession(token: string | undefined, secret: string, now = Date.now()): OfficerSession | null {
  if (!token) return null;
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const expected = sign(payload, secret);
  if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) return null;
  try {
    const session = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OfficerSession;
    return session.expires > now ? session : null;
  } catch {
    return null;
  }
}
