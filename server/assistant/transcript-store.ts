// Chat transcripts and thumbs up/down feedback, kept for TRANSCRIPT_RETENTION_DAYS, with ID and phone numbers
// masked before they are written.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FeedbackRequest } from '../../contracts/assistant';
import { maskPersonalNumbers } from '../logging';

export interface TranscriptStore {
  record(entry: { sessionId: string; messageId: string; question: string; answer: string; citations: string[]; facet: string }): void;
  feedback(request: FeedbackRequest): boolean;
  /** Deletes what is older than the retention; returns the number of rows removed. */
  purge(now?: Date): number;
  counts(): { messages: number; feedback: number };
  close(): void;
}

export function openTranscriptStore(dataDir: string, retentionDays: number): TranscriptStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'server.db'));
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS messages (
      message_id TEXT PRIMARY KEY, session_id TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,
      citations TEXT NOT NULL, facet TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS messages_created ON messages(created_at);
    CREATE TABLE IF NOT EXISTS feedback (
      message_id TEXT PRIMARY KEY, session_id TEXT NOT NULL, rating TEXT NOT NULL, reason TEXT, created_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS feedback_created ON feedback(created_at);
  `);
  const insertMessage = db.prepare('INSERT OR IGNORE INTO messages VALUES (@messageId, @sessionId, @question, @answer, @citations, @facet, @createdAt)');
  const messageOfSession = db.prepare('SELECT 1 FROM messages WHERE message_id = ? AND session_id = ?');
  const upsertFeedback = db.prepare('INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?, ?)');
  const purgeMessages = db.prepare('DELETE FROM messages WHERE created_at < ?');
  const purgeFeedback = db.prepare('DELETE FROM feedback WHERE created_at < ?');
  return {
    record(entry) {
      insertMessage.run({
        ...entry,
        question: maskPersonalNumbers(entry.question),
        answer: maskPersonalNumbers(entry.answer),
        citations: JSON.stringify(entry.citations),
        createdAt: new Date().toISOString(),
      });
    },
    feedback(request) {
      // Feedback only for a message this session really received: a replayed or forged id changes nothing.
      if (!messageOfSession.get(request.messageId, request.sessionId)) return false;
      upsertFeedback.run(request.messageId, request.sessionId, request.rating, request.reason ? maskPersonalNumbers(request.reason) : null, new Date().toISOString());
      return true;
    },
    purge(now = new Date()) {
      const cutoff = new Date(now.getTime() - retentionDays * 24 * 3600 * 1000).toISOString();
      return db.transaction(() => purgeMessages.run(cutoff).changes + purgeFeedback.run(cutoff).changes)();
    },
    counts: () => ({
      messages: (db.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n,
      feedback: (db.prepare('SELECT COUNT(*) AS n FROM feedback').get() as { n: number }).n,
    }),
    close: () => db.close(),
  };
}
