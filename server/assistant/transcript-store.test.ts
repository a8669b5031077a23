import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTranscriptStore } from './transcript-store';

describe('transcript store', () => {
  it('keeps masked transcripts, accepts feedback only for real messages, and purges on schedule', () => {
    const store = openTranscriptStore(mkdtempSync(path.join(tmpdir(), 'transcripts-')), 90);
    store.record({ sessionId: 'session-1', messageId: 'm1', question: 'CCCD 001203004567 bị mất', answer: 'Cấp lại thẻ căn cước', citations: ['1.014064'], facet: 'tong_quan' });
    expect(store.feedback({ sessionId: 'session-1', messageId: 'm1', rating: 'down', reason: 'gọi 0912345678' })).toBe(true);
    expect(store.feedback({ sessionId: 'other-session', messageId: 'm1', rating: 'up' })).toBe(false);
    expect(store.counts()).toEqual({ messages: 1, feedback: 1 });
    expect(store.purge(new Date())).toBe(0);
    expect(store.purge(new Date(Date.now() + 91 * 24 * 3600 * 1000))).toBe(2);
    expect(store.counts()).toEqual({ messages: 0, feedback: 0 });
    store.close();
  });
});
