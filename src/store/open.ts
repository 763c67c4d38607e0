import { PostgresStore } from "./postgres/postgres-store.ts";
import { SqliteStore } from "./sqlite/sqlite-store.ts";
import type { Store } from "./types.ts";

export const DEFAULT_STORE = "./communique.db";

/** postgres:// and postgresql:// URLs name a PostgreSQL database; anything else is a SQLite file path. */
export const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//i.test(target.trim());

/**
 * Opens the store a target names and creates or migrates its tables: a file path → SQLite (default
 * ./communique.db), a postgres:// URL → PostgreSQL (`?schema=name` selects a schema). Failures are StoreErrors
 * naming the file or the URL (password hidden).
 */
export async function openStore(target: string = DEFAULT_STORE): Promise<Store> {
  const t = target.trim() || DEFAULT_STORE;
  const store: Store = isPostgresUrl(t) ? new PostgresStore({ url: t }) : new SqliteStore(t);
  try {
    await store.init();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}
