import type pg from "pg";
import { StoreError } from "../../errors.ts";
import { SqlDb } from "../sql/db.ts";
import { SqlStore } from "../sql/sql-store.ts";
import { type PostgresOptions, createPool, redact } from "./connect.ts";
import { PostgresDriver } from "./driver.ts";
import { postgresLegacyVersion } from "./legacy-version.ts";

const NETWORK = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN", "3D000", "28P01", "28000"]);

/** The PostgreSQL adapter (pg): same interface and semantics as the SQLite one. */
export class PostgresStore extends SqlStore {
  readonly kind = "postgres" as const;
  readonly pool: pg.Pool;
  readonly schema: string | undefined;
  private readonly where: string;

  constructor(options: PostgresOptions) {
    const { pool, schema } = createPool(options);
    super(new SqlDb(new PostgresDriver(pool)), postgresLegacyVersion);
    this.pool = pool;
    this.schema = schema;
    this.where = redact(options.url);
  }

  protected override async prepare(): Promise<void> {
    if (this.schema) await this.pool.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  /** Drops this store's schema and everything in it (tests use a fresh schema each). */
  async dropSchema(): Promise<void> {
    if (!this.schema) throw new StoreError("dropSchema needs an explicit schema");
    await this.guard("drop schema", () => this.pool.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`));
  }

  protected failure(what: string, e: Error & { code?: string }): StoreError {
    if ((e.code && NETWORK.has(e.code)) || /Connection terminated|timeout exceeded when trying to connect/i.test(e.message)) {
      return new StoreError(`cannot connect to PostgreSQL at ${this.where}: ${e.message || e.code}`, { cause: e });
    }
    return new StoreError(`PostgreSQL ${what} failed on ${this.where}: ${e.message}`, { cause: e });
  }
}
