// Several sources describe the same procedure: merge them field by field. The most structured source wins
// for each field; between equally structured sources, the most recent. Each field remembers its source.
import type { Procedure, SourceFormat } from '../../contracts/procedure';

/** Higher is more structured. The project's own JSON is curated by people, so it wins. */
const structureRank: Record<SourceFormat, number> = {
  'project-json': 6,
  'portal-api': 5,
  'national-workbook': 4,
  'portal-doc': 3,
  'portal-crawl': 2,
  'portal-list': 1,
};

type MergedField = Exclude<keyof Procedure, 'code' | 'sources' | 'fieldSources' | 'qualityFlags'>;
const mergedFields: MergedField[] = [
  'title',
  'levels',
  'field',
  'issuingBody',
  'decisionNumber',
  'agencies',
  'applicants',
  'channels',
  'steps',
  'documents',
  'results',
  'legalBasis',
  'requirements',
  'url',
];

function isEmpty(procedure: Procedure, field: MergedField): boolean {
  const value = procedure[field];
  if (field === 'agencies') {
    const agencies = procedure.agencies;
    return agencies.implementing.length + agencies.competent.length + agencies.coordinating.length + agencies.authorized.length === 0 && !agencies.receivingAddress;
  }
  if (Array.isArray(value)) return value.length === 0;
  return value === null || value === '';
}

/** Extra preference inside a field: channels that state a processing time beat channels that do not. */
function fieldQuality(procedure: Procedure, field: MergedField): number {
  if (field === 'channels') return procedure.channels.some((channel) => channel.processingTime?.value != null || channel.processingTime?.unit === 'same_day') ? 1 : 0;
  return 0;
}

const primaryFormat = (procedure: Procedure): SourceFormat => procedure.sources[0]?.format ?? 'project-json';
const recency = (procedure: Procedure): string => procedure.sources[0]?.updatedAt ?? procedure.sources[0]?.importedAt ?? '';

/** Merges records of one code into one. Records may themselves be merged already (their fieldSources say where each field came from). */
export function mergeProcedures(records: Procedure[]): Procedure {
  if (records.length === 0) throw new Error('mergeProcedures needs at least one record');
  if (records.length === 1) return withFieldSources(records[0]!);
  const code = records[0]!.code;
  const merged = structuredClone(records[0]!);
  merged.fieldSources = {};
  for (const field of mergedFields) {
    const candidates = records
      .filter((record) => !isEmpty(record, field))
      .map((record) => ({ record, format: (record.fieldSources[field] as SourceFormat | undefined) ?? primaryFormat(record) }))
      .sort(
        (a, b) =>
          fieldQuality(b.record, field) - fieldQuality(a.record, field) ||
          structureRank[b.format] - structureRank[a.format] ||
          recency(b.record).localeCompare(recency(a.record)),
      );
    const best = candidates[0];
    if (best) {
      (merged as Record<MergedField, unknown>)[field] = structuredClone(best.record[field]);
      merged.fieldSources[field] = best.format;
    }
  }
  merged.code = code;
  const seen = new Set<string>();
  merged.sources = records
    .flatMap((record) => record.sources)
    .filter((source) => {
      const key = `${source.format}|${source.file}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  merged.qualityFlags = merged.sources.every((source) => source.format === 'portal-list') ? ['metadata_only'] : [];
  return merged;
}

function withFieldSources(record: Procedure): Procedure {
  if (Object.keys(record.fieldSources).length > 0) return record;
  const format = primaryFormat(record);
  const fieldSources: Procedure['fieldSources'] = {};
  for (const field of mergedFields) if (!isEmpty(record, field)) fieldSources[field] = format;
  return { ...record, fieldSources };
}

/** Groups records by code and merges each group. */
export function mergeByCode(records: Procedure[]): Procedure[] {
  const groups = new Map<string, Procedure[]>();
  for (const record of records) {
    const group = groups.get(record.code);
    if (group) group.push(record);
    else groups.set(record.code, [record]);
  }
  return [...groups.values()].map((group) => mergeProcedures(group)).sort((a, b) => a.code.localeCompare(b.code));
}
