import { existsSync } from "node:fs";
import { CommuniqueError } from "../errors.ts";
import type { Store } from "../store/types.ts";

/** Opens the store named by --db (creating it if need be), runs fn, and always closes it. */
export async function withStore<T>(target: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const { openStore } = await storeModule();
  const store = await openStore(target);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * For the query commands: a SQLite file that does not exist is an error, not a new empty database (a mistyped
 * --db would otherwise answer "nothing found" and leave a stray file). Only ingest creates a database.
 */
export async function assertStoreExists(target: string): Promise<void> {
  const t = target.trim();
  if ((await storeModule()).isPostgresUrl(t) || t === ":memory:" || existsSync(t)) return;
  throw new CommuniqueError("E_STORE_MISSING", `no database at ${t}: create it with \`communique ingest PATH --db ${t}\`, or give another --db`);
}

/** withStore for a database that must already exist. */
export async function withExistingStore<T>(target: string, fn: (store: Store) => Promise<T>): Promise<T> {
  await assertStoreExists(target);
  return withStore(target, fn);
}

/**
 * The stores (better-sqlite3, the PostgreSQL client) are loaded when a command runs, not when it is registered:
 * `communique --help` registers every command and opens no store.
 */
export const storeModule = () => import("../store/open.ts");
