import type { Pool } from "pg";
import { MIGRATIONS } from "./migrations.ts";
import { inTransaction } from "./tx.ts";

/**
 * Applies the missing migrations in one transaction. The advisory lock (keyed by schema) makes a second process
 * opening the same database wait, then find the work done.
 */
export async function migrate(pool: Pool): Promise<void> {
  await inTransaction(pool, async (c) => {
    await c.query("SELECT pg_advisory_xact_lock(hashtext('communique:' || current_schema()))");
    await c.query("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    const { rows } = await c.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_version");
    const current = rows[0]?.v ?? 0;
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await c.query(m.sql);
      await c.query("INSERT INTO schema_version (version) VALUES ($1)", [m.version]);
    }
  });
}
