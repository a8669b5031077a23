// SQLite adapter of the catalogue repository (better-sqlite3, WAL). Current records by code with indexed
// columns for filtering; every replaced record is kept as a dated version; a revision counter tells indexes
// built from the catalogue when they are stale.
import Database from 'better-sqlite3';
import { isDeepStrictEqual } from 'node:util';
import { procedureSchema, siteProfileSchema, type Procedure, type SiteProfile } from '../../contracts/procedure';
import type { CatalogueRepository, ProcedureVersion } from './repository';

const schema = `
  CREATE TABLE IF NOT EXISTS procedures (
    code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    field TEXT NOT NULL,
    levels TEXT NOT NULL,
    commune INTEGER NOT NULL,
    version INTEGER NOT NULL,
    stored_at TEXT NOT NULL,
    record TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS procedures_field ON procedures(field);
  CREATE INDEX IF NOT EXISTS procedures_commune ON procedures(commune);
  CREATE TABLE IF NOT EXISTS procedure_versions (
    code TEXT NOT NULL,
    version INTEGER NOT NULL,
    stored_at TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (code, version)
  );
  CREATE TABLE IF NOT EXISTS site_profiles (id TEXT PRIMARY KEY, record TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** Import dates differ on every run; they must not make an unchanged record look changed. */
function comparable(procedure: Procedure): unknown {
  return { ...procedure, sources: procedure.sources.map(({ importedAt: _importedAt, ...rest }) => rest) };
}

export function changedFields(before: Procedure, after: Procedure): string[] {
  const left = comparable(before) as Record<string, unknown>;
  const right = comparable(after) as Record<string, unknown>;
  return Object.keys({ ...left, ...right }).filter((key) => !isDeepStrictEqual(left[key], right[key]));
}

export function openSqliteCatalogue(file: string): CatalogueRepository {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(schema);
  const statements = {
    count: db.prepare('SELECT COUNT(*) AS n FROM procedures'),
    get: db.prepare('SELECT record FROM procedures WHERE code = ?'),
    getFull: db.prepare('SELECT record, version, stored_at FROM procedures WHERE code = ?'),
    all: db.prepare('SELECT record FROM procedures ORDER BY code'),
    upsert: db.prepare(
      `INSERT INTO procedures (code, title, field, levels, commune, version, stored_at, record)
       VALUES (@code, @title, @field, @levels, @commune, @version, @storedAt, @record)
       ON CONFLICT(code) DO UPDATE SET title = excluded.title, field = excluded.field, levels = excluded.levels,
         commune = excluded.commune, version = excluded.version, stored_at = excluded.stored_at, record = excluded.record`,
    ),
    keepVersion: db.prepare('INSERT OR REPLACE INTO procedure_versions (code, version, stored_at, record) VALUES (?, ?, ?, ?)'),
    history: db.prepare('SELECT version, stored_at, record FROM procedure_versions WHERE code = ? ORDER BY version'),
    saveProfile: db.prepare('INSERT OR REPLACE INTO site_profiles (id, record) VALUES (?, ?)'),
    getProfile: db.prepare('SELECT record FROM site_profiles WHERE id = ?'),
    listProfiles: db.prepare('SELECT record FROM site_profiles ORDER BY id'),
    getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
  };
  const parse = (json: string): Procedure => procedureSchema.parse(JSON.parse(json));
  const revision = (): number => Number((statements.getMeta.get('revision') as { value: string } | undefined)?.value ?? 0);
  const bumpRevision = () => statements.setMeta.run('revision', String(revision() + 1));

  const upsertMany = db.transaction((procedures: Procedure[]) => {
    const storedAt = new Date().toISOString();
    const report = { added: [] as string[], changed: [] as { code: string; fields: string[] }[], unchanged: 0 };
    for (const incoming of procedures) {
      const procedure = procedureSchema.parse(incoming);
      const current = statements.getFull.get(procedure.code) as { record: string; version: number; stored_at: string } | undefined;
      let version = 1;
      if (current) {
        const fields = changedFields(parse(current.record), procedure);
        if (fields.length === 0) {
          report.unchanged += 1;
          continue;
        }
        statements.keepVersion.run(procedure.code, current.version, current.stored_at, current.record);
        version = current.version + 1;
        report.changed.push({ code: procedure.code, fields });
      } else {
        report.added.push(procedure.code);
      }
      statements.upsert.run({
        code: procedure.code,
        title: procedure.title,
        field: procedure.field,
        levels: procedure.levels.join(','),
        commune: procedure.levels.includes('commune') ? 1 : 0,
        version,
        storedAt,
        record: JSON.stringify(procedure),
      });
    }
    if (report.added.length + report.changed.length > 0) bumpRevision();
    return report;
  });

  return {
    count: () => (statements.count.get() as { n: number }).n,
    get: (code) => {
      const row = statements.get.get(code) as { record: string } | undefined;
      return row ? parse(row.record) : null;
    },
    all: () => (statements.all.all() as { record: string }[]).map((row) => parse(row.record)),
    upsertMany: (procedures) => upsertMany(procedures),
    history: (code): ProcedureVersion[] => {
      const versions = (statements.history.all(code) as { version: number; stored_at: string; record: string }[]).map((row) => ({
        code,
        version: row.version,
        storedAt: row.stored_at,
        procedure: parse(row.record),
      }));
      const current = statements.getFull.get(code) as { record: string; version: number; stored_at: string } | undefined;
      if (current) versions.push({ code, version: current.version, storedAt: current.stored_at, procedure: parse(current.record) });
      return versions;
    },
    saveSiteProfile: (profile: SiteProfile) => {
      statements.saveProfile.run(profile.id, JSON.stringify(siteProfileSchema.parse(profile)));
      bumpRevision();
    },
    getSiteProfile: (id) => {
      const row = statements.getProfile.get(id) as { record: string } | undefined;
      return row ? siteProfileSchema.parse(JSON.parse(row.record)) : null;
    },
    listSiteProfiles: () => (statements.listProfiles.all() as { record: string }[]).map((row) => siteProfileSchema.parse(JSON.parse(row.record))),
    revision,
    close: () => db.close(),
  };
}
