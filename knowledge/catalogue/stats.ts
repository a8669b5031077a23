// Catalogue statistics for `kb stats` and the health page.
import type { Procedure } from '../../contracts/procedure';

export interface CatalogueStats {
  total: number;
  communeLevel: number;
  withProcessingTime: number;
  withFee: number;
  withDocuments: number;
  withSteps: number;
  flagged: number;
  metadataOnly: number;
  byField: Record<string, number>;
  byLevel: Record<string, number>;
  bySource: Record<string, number>;
  byQualityFlag: Record<string, number>;
  siteProfiles: string[];
}

const increment = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export function catalogueStats(procedures: Procedure[], siteProfiles: string[] = []): CatalogueStats {
  const stats: CatalogueStats = {
    total: procedures.length,
    communeLevel: 0,
    withProcessingTime: 0,
    withFee: 0,
    withDocuments: 0,
    withSteps: 0,
    flagged: 0,
    metadataOnly: 0,
    byField: {},
    byLevel: {},
    bySource: {},
    byQualityFlag: {},
    siteProfiles,
  };
  for (const procedure of procedures) {
    if (procedure.levels.includes('commune')) stats.communeLevel += 1;
    if (procedure.channels.some((channel) => channel.processingTime)) stats.withProcessingTime += 1;
    if (procedure.channels.some((channel) => channel.fees.length > 0)) stats.withFee += 1;
    if (procedure.documents.length > 0) stats.withDocuments += 1;
    if (procedure.steps.length > 0) stats.withSteps += 1;
    if (procedure.qualityFlags.length > 0) stats.flagged += 1;
    if (procedure.qualityFlags.includes('metadata_only')) stats.metadataOnly += 1;
    increment(stats.byField, procedure.field || '(không rõ)');
    for (const level of procedure.levels) increment(stats.byLevel, level);
    for (const source of new Set(procedure.sources.map((item) => item.format))) increment(stats.bySource, source);
    for (const flag of procedure.qualityFlags) increment(stats.byQualityFlag, flag);
  }
  return stats;
}
