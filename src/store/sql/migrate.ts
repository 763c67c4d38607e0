import type { SqlDb } from "./db.ts";
import { opSql } from "./schema/ddl.ts";
import { MIGRATIONS } from "./schema/migrations.ts";

/**
 * How an adapter reads the version of a database made before this runner: given the highest version recorded in
 * schema_version (0 when none), the version the database is really at.
 */
export type LegacyVersion = (db: SqlDb, recorded: number) => Promise<number>;

/**
 * Applies the missing steps of the declared schema in one transaction, under the writers' lock: a second process
 * opening the same database waits, then finds the work done.
 */
export async function migrate(db: SqlDb, legacy?: LegacyVersion): Promise<void> {
  const d = db.dialect;
  await db.transaction(async () => {
    await db.exec(`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at ${d.ddl.type("timestamp")} NOT NULL)`);
    const recorded = Number((await db.value("SELECT max(version) AS v FROM schema_version")) ?? 0);
    const current = legacy ? await legacy(db, recorded) : recorded;
    const record = (version: number) => db.run("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", [version, new Date().toISOString()]);
    if (current !== recorded) {
      await db.run("DELETE FROM schema_version");
      for (const m of MIGRATIONS) if (m.version <= current) await record(m.version);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      for (const statement of m.ops.flatMap((op) => opSql(d, op))) await db.exec(statement);
      await record(m.version);
    }
  }, "migrate");
}
