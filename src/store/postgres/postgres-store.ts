import type pg from "pg";
import { StoreError } from "../../errors.ts";
import type { KnowledgeStore } from "../knowledge-types.ts";
import type { ArticleStore, Store } from "../types.ts";
import * as aq from "./article-queries.ts";
import * as copies from "./copies.ts";
import { SqlDb } from "../sql/db.ts";
import { queryChairmanships } from "../sql/queries/chairmanships.ts";
import { queryEvents } from "../sql/queries/events.ts";
import { queryPeople, queryQuotes } from "../sql/queries/people.ts";
import { type PostgresOptions, createPool, redact } from "./connect.ts";
import { migrate } from "./migrate.ts";
import { PgKnowledgeRepo } from "./knowledge/pg-repo.ts";
import { knowledgeStore } from "../../knowledge/engine/knowledge-store.ts";
import { PostgresDriver } from "./driver.ts";
import { saveArticle } from "./save.ts";
import { search } from "./search.ts";

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
    this.articles = this.articleStore();
    this.knowledge = knowledgeStore(new PgKnowledgeRepo(this.pool), this.articles);
  }

  async init(): Promise<void> {
    await this.guard("migration", async () => {
      if (this.schema) await this.pool.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await migrate(this.pool);
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

  private articleStore(): ArticleStore {
    const p = this.pool;
    const g = <T>(what: string, fn: () => Promise<T>) => this.guard(what, fn);
    return {
      hasArticle: (hash) => g("lookup", async () => (await p.query("SELECT 1 FROM articles WHERE hash = $1", [hash])).rowCount! > 0),
      saveArticle: (input) => g("save", () => saveArticle(p, input)),
      articleFacts: (id) => g("read", () => aq.articleFacts(p, id)),
      getArticle: (id) => g("read", () => aq.getArticle(p, id)),
      listArticles: (o = {}) => g("query", () => aq.listArticles(p, o)),
      mentions: (id) => g("query", () => aq.mentions(p, id)),
      events: (f = {}) => g("query", () => queryEvents(this.sql, f)),
      people: (f = {}) => g("query", () => queryPeople(this.sql, f)),
      quotes: (f = {}) => g("query", () => queryQuotes(this.sql, f)),
      chairmanships: (f = {}) => g("query", () => queryChairmanships(this.sql, f)),
      search: (q, o = {}) => g("search", () => search(p, q, o)),
      counts: () => g("count", () => aq.counts(p)),
      similarArticles: (bands, limit) => g("query", () => copies.similarArticles(p, bands, limit)),
      duplicateArticles: () => g("query", () => copies.duplicateArticles(p)),
      articleHtml: (id) => g("read", () => copies.articleHtml(p, id)),
    };
  }
}
