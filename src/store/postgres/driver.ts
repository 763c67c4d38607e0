import type pg from "pg";
import type { Driver, Row, Session } from "../sql/db.ts";
import { postgresDialect } from "./dialect.ts";

const session = (c: pg.Pool | pg.PoolClient): Session => ({
  query: async (sql, params) => (await c.query(sql, params as unknown[])).rows as Row[],
  exec: async (sql) => {
    await c.query(sql);
  },
});

/** pg behind the async driver interface: statements on the pool, a transaction on one pooled client. */
export class PostgresDriver implements Driver {
  readonly dialect = postgresDialect;
  readonly query: Session["query"];
  readonly exec: Session["exec"];

  constructor(readonly pool: pg.Pool) {
    ({ query: this.query, exec: this.exec } = session(pool));
  }

  async begin<T>(fn: (s: Session) => Promise<T>, lock?: string): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      // Keyed by schema: stores in other schemas of the same database do not wait for each other.
      if (lock) await client.query("SELECT pg_advisory_xact_lock(hashtext($1 || current_schema()))", [`communique:${lock}:`]);
      const out = await fn(session(client));
      await client.query("COMMIT");
      return out;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}
