// Locks the parsed fields of 30 real crawl records and 10 real API records, reviewed by hand against the raw
// text (knowledge/importers/__fixtures__/verified-raw.json). Any parser change that moves one value fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedOf, type ExpectedRecord } from './verified-fixture';

const raw = JSON.parse(readFileSync(new URL('__fixtures__/verified-raw.json', import.meta.url), 'utf8'));
const expected = JSON.parse(readFileSync(new URL('__fixtures__/verified-expected.json', import.meta.url), 'utf8')) as {
  crawl: ExpectedRecord[];
  api: ExpectedRecord[];
};
const actual = expectedOf(raw);

describe('hand-verified parsed fields', () => {
  it('covers 30 crawl and 10 API records', () => {
    expect(expected.crawl).toHaveLength(30);
    expect(expected.api).toHaveLength(10);
  });
  it.each(expected.crawl.map((record, index) => [record.code, index] as const))('crawl %s', (_code, index) => {
    expect(actual.crawl[index]).toEqual(expected.crawl[index]);
  });
  it.each(expected.api.map((record, index) => [record.code, index] as const))('api %s', (_code, index) => {
    expect(actual.api[index]).toEqual(expected.api[index]);
  });
});
