// The parsed values that the hand-verified fixture locks: channels (time, fees), documents, legal numbers.
import type { Procedure } from '../../contracts/procedure';
import { mapPortalApi, portalApiLineSchema } from './portal-api';
import { mapPortalCrawl, portalCrawlSchema } from './portal-crawl';

export interface ExpectedRecord {
  code: string;
  channels: [string, number | null, string, string[]][];
  documents: number;
  firstDocument: string;
  legalNumbers: (string | null)[];
}

export function expectedOfProcedure(procedure: Procedure): ExpectedRecord {
  return {
    code: procedure.code,
    channels: procedure.channels.map((channel) => [
      channel.channel,
      channel.processingTime?.value ?? null,
      channel.processingTime?.unit ?? 'none',
      channel.fees.map((fee) => `${fee.kind}:${fee.amountVnd ?? ''}`),
    ]),
    documents: procedure.documents.length,
    firstDocument: procedure.documents[0]?.name.slice(0, 60) ?? '',
    legalNumbers: procedure.legalBasis.map((basis) => basis.number),
  };
}

export function expectedOf(raw: { crawl: unknown[]; api: unknown[] }): { crawl: ExpectedRecord[]; api: ExpectedRecord[] } {
  return {
    crawl: raw.crawl.map((record) => expectedOfProcedure(mapPortalCrawl(portalCrawlSchema.parse(record), 'fixture', 'fixture')!)),
    api: raw.api.map((record) => expectedOfProcedure(mapPortalApi(portalApiLineSchema.parse(record), 'fixture', 'fixture')!)),
  };
}
