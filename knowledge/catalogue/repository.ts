// Storage port for the procedure catalogue. SQLite is the embedded adapter; PostgreSQL can be added later
// behind the same interface without touching callers.
import type { Procedure, SiteProfile } from '../../contracts/procedure';

export interface ProcedureVersion {
  code: string;
  version: number;
  procedure: Procedure;
  storedAt: string;
}

export interface CatalogueRepository {
  /** Number of procedures stored. */
  count(): number;
  get(code: string): Procedure | null;
  /** Every current procedure, in code order. */
  all(): Procedure[];
  /** Inserts or replaces current records by code; previous versions are kept with their dates. */
  upsertMany(procedures: Procedure[]): { added: string[]; changed: { code: string; fields: string[] }[]; unchanged: number };
  history(code: string): ProcedureVersion[];
  saveSiteProfile(profile: SiteProfile): void;
  getSiteProfile(id: string): SiteProfile | null;
  listSiteProfiles(): SiteProfile[];
  /** Monotonic number that changes whenever the catalogue changes, so indexes know when to rebuild. */
  revision(): number;
  close(): void;
}
