// Imports a batch into the stored catalogue: merges each incoming record with the stored one (so importing
// sources one at a time gives the same result as all at once), re-flags quality across the whole catalogue,
// and stores everything in one transaction.
import { performance } from 'node:perf_hooks';
import type { Procedure } from '../../contracts/procedure';
import { flagQuality, mergeProcedures, type ImportBatch } from '../importers/index';
import type { CatalogueRepository } from './repository';

export interface ImportReport {
  added: string[];
  changed: { code: string; fields: string[] }[];
  unchanged: number;
  /** Codes stored from a source format this batch re-imported, but absent from it: reported, never deleted. */
  notInSource: string[];
  siteProfiles: string[];
  /** Milliseconds spent merging with stored records and flagging quality, then writing to the store. */
  timings: { mergeMs: number; storeMs: number };
}

export function importBatch(repository: CatalogueRepository, batch: ImportBatch): ImportReport {
  const started = performance.now();
  const stored = new Map(repository.all().map((procedure) => [procedure.code, procedure]));
  const incoming = new Map<string, Procedure>();
  for (const procedure of batch.procedures) {
    const current = stored.get(procedure.code);
    incoming.set(procedure.code, current ? mergeProcedures([current, procedure]) : procedure);
  }
  const everything = [...stored.values()].filter((procedure) => !incoming.has(procedure.code)).concat([...incoming.values()]);
  const flagged = flagQuality(everything);
  const merged = performance.now();
  const result = repository.upsertMany(flagged);
  const formats = new Set(Object.keys(batch.countsByFormat));
  const notInSource = [...stored.values()]
    .filter((procedure) => !incoming.has(procedure.code) && procedure.sources.some((source) => formats.has(source.format)))
    .map((procedure) => procedure.code);
  for (const profile of batch.siteProfiles) repository.saveSiteProfile(profile);
  const timings = { mergeMs: merged - started, storeMs: performance.now() - merged };
  return { ...result, notInSource, siteProfiles: batch.siteProfiles.map((profile) => profile.id), timings };
}
