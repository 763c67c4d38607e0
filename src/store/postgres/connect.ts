import pg from "pg";
import { StoreError } from "../../errors.ts";

export interface PostgresOptions {
  /** postgres:// or postgresql:// URL; a `schema` query parameter selects the schema (as the option below does). */
  url: string;
  /** Schema holding the tables (created if missing); default: the server's search_path (normally public). */
  schema?: string;
  /** Pool size (default 4). */
  max?: number;
}

/** The URL without its password, for messages. */
export const redact = (url: string) => url.replace(/(\/\/[^:/@]*):[^@/]*@/, "$1:***@");

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** Splits a `schema` query parameter off the URL (pg would pass it on to the server as an unknown setting). */
export function parseTarget(o: PostgresOptions): { url: string; schema: string | undefined } {
  let url = o.url;
  let schema = o.schema;
  try {
    const u = new URL(o.url);
    const fromUrl = u.searchParams.get("schema");
    if (fromUrl !== null) {
      u.searchParams.delete("schema");
      url = u.toString();
      schema ??= fromUrl;
    }
  } catch {
    throw new StoreError(`not a valid PostgreSQL URL: ${redact(o.url)}`);
  }
  if (schema !== undefined && !IDENT.test(schema)) {
    throw new StoreError(`invalid PostgreSQL schema name "${schema}": use lower-case letters, digits and _`);
  }
  return { url, schema };
}

/** A pool whose every connection works in `schema` (set at connection start-up, so no query can run before it). */
export function createPool(o: PostgresOptions): { pool: pg.Pool; schema: string | undefined } {
  const { url, schema } = parseTarget(o);
  const pool = new pg.Pool({
    connectionString: url,
    max: o.max ?? 4,
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  return { pool, schema };
}
