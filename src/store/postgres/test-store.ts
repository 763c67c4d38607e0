import { randomBytes } from "node:crypto";
import { PostgresStore } from "./postgres-store.ts";

// CI runs beside a PostgreSQL server: an unreachable server fails the tests (with the reason), it never skips them.
export const TEST_PG_URL = process.env.COMMUNIQUE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
export const freshSchema = () => `communique_test_${process.pid}_${randomBytes(4).toString("hex")}`;

/** A store in a schema of its own (for tests), dropped again when the store is closed; `init: false` leaves it empty. */
export async function freshPostgresStore(o: { init?: boolean } = {}): Promise<PostgresStore> {
  const store = new PostgresStore({ url: TEST_PG_URL, schema: freshSchema() });
  const close = store.close.bind(store);
  store.close = async () => {
    await store.dropSchema().finally(close);
  };
  try {
    if (o.init === false) await store.pool.query(`CREATE SCHEMA "${store.schema}"`);
    else await store.init();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw new Error(`PostgreSQL test server unusable at ${TEST_PG_URL} (set COMMUNIQUE_TEST_PG to another): ${(err as Error).message}`, { cause: err });
  }
  return store;
}

/**
 * Whether the test server answers. Outside CI a test may skip without one (npm test names what it left out); under
 * CI=true it never skips: a missing server is a failure.
 */
export async function pgReachable(url = TEST_PG_URL): Promise<boolean> {
  if (process.env.CI === "true") return true;
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}
