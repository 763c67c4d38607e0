import type { Database } from "better-sqlite3";
import { MIGRATIONS } from "./migrations.ts";

/** The highest migration applied; databases made before schema_version existed recorded it in user_version. */
function currentVersion(db: Database): number {
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
  const recorded = db.prepare("SELECT max(version) FROM schema_version").pluck().get() as number | null;
  if (recorded !== null) return recorded;
  const legacy = db.pragma("user_version", { simple: true }) as number;
  const record = db.prepare("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)");
  for (const m of MIGRATIONS) if (m.version <= legacy) record.run(m.version, new Date().toISOString());
  return legacy;
}

export function migrate(db: Database): void {
  for (const m of MIGRATIONS) {
    // IMMEDIATE takes the write lock before reading the version, so two processes opening a new file migrate it once.
    db.transaction(() => {
      if (currentVersion(db) >= m.version) return;
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)").run(m.version, new Date().toISOString());
    }).immediate();
  }
}
