import type pg from "pg";
import { StoreError } from "../../errors.ts";
import type { KnowledgeStore } from "../knowledge-types.ts";
import type { ArticleStore, Store } from "../types.ts";
import { SqlDb } from "../sql/db.ts";
import { sqlArticleStore } from "../sql/article-store.ts";
import { migrate } from "../sql/migrate.ts";
import { type PostgresOptions, createPool, redact } from "./connect.ts";
import { postgresLegacyVersion } from "./legacy-version.ts";
import { SqlKnowledgeRepo } from "../sql/knowledge-repo.ts";
import { knowledgeStore } from "../../knowledge/engine/knowledge-store.ts";
import { PostgresDriver } from "./driver.ts";

const NETWORK = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN", "3D000", "28P01", "28000"]);

/** The PostgreSQL adapter (pg): same interface and semantics as the SQLite one. */
export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  readonly pool: pg.Pool;
  readonly schema: string | undefined;
  readonly sql: SqlDb;
  readonly articles: ArticleStore;
  readonly knowledge: KnowledgeStore;
  private readonly where: string;

  constructor(options: PostgresOptions) {
    ({ pool: this.pool, schema: this.schema } = createPool(options));
    this.where = redact(options.url);
    this.sql = new SqlDb(new PostgresDriver(this.pool));
    this.articles = sqlArticleStore(this.sql, (what, fn) => this.guard(what, fn));
    this.knowledge = knowledgeStore(new SqlKnowledgeRepo(this.sql), this.articles);
  }

  async init(): Promise<void> {
    await this.guard("migration", async () => {
      if (this.schema) await this.pool.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await migrate(this.sql, postgresLegacyVersion);
    });
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  /** Drops this store's schema and everything in it (tests use a fresh schema each). */
  async dropSchema(): Promise<void> {
    if (!this.schema) throw new StoreError("dropSchema needs an explicit schema");
    await this.guard("drop schema", () => this.pool.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`));
  }

  private async guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      const e = err as Error & { code?: string };
      if ((e.code && NETWORK.has(e.code)) || /Connection terminated|timeout exceeded when trying to connect/i.test(e.message)) {
        throw new StoreError(`cannot connect to PostgreSQL at ${this.where}: ${e.message || e.code}`, { cause: err });
      }
      throw new StoreError(`PostgreSQL ${what} failed on ${this.where}: ${e.message}`, { cause: err });
    }
  }
}
