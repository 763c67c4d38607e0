import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StoreError } from "../../errors.ts";
import type { KnowledgeStore } from "../knowledge-types.ts";
import type { ArticleStore, Store } from "../types.ts";
import { migrate } from "./migrate.ts";
import { SqliteKnowledgeRepo } from "./knowledge/sqlite-repo.ts";
import { knowledgeStore } from "../../knowledge/engine/knowledge-store.ts";
import { articleWriter } from "./save.ts";
import * as aq from "./article-queries.ts";
import * as copies from "./copies.ts";
import { SqlDb } from "../sql/db.ts";
import { queryChairmanships } from "../sql/queries/chairmanships.ts";
import { queryEvents } from "../sql/queries/events.ts";
import { queryPeople, queryQuotes } from "../sql/queries/people.ts";
import { SqliteDriver } from "./driver.ts";
import { search } from "./search.ts";

/** The SQLite adapter (better-sqlite3): synchronous underneath, async at the interface like every adapter. */
export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  readonly db: Database.Database;
  readonly sql: SqlDb;
  readonly articles: ArticleStore;
  readonly knowledge: KnowledgeStore;

  constructor(readonly path: string) {
    try {
      if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
      this.db = new Database(path);
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("foreign_keys = ON");
      this.db.pragma("busy_timeout = 10000");
    } catch (err) {
      throw new StoreError(`cannot open SQLite database ${path}: ${(err as Error).message}`, { cause: err });
    }
    this.sql = new SqlDb(new SqliteDriver(this.db));
    this.articles = this.articleStore();
    this.knowledge = knowledgeStore(new SqliteKnowledgeRepo(this.db), this.articles);
  }

  async init(): Promise<void> {
    await this.guard("migrate", () => migrate(this.db));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private async guard<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(`SQLite ${what} failed on ${this.path}: ${(err as Error).message}`, { cause: err });
    }
  }

  private articleStore(): ArticleStore {
    const db = this.db;
    let write: ReturnType<typeof articleWriter> | undefined;
    const g = <T>(what: string, fn: () => T | Promise<T>) => this.guard(what, fn);
    return {
      hasArticle: (hash) => g("lookup", () => Boolean(db.prepare("SELECT 1 FROM articles WHERE hash = ?").get(hash))),
      saveArticle: (input) => g("save", () => (write ??= articleWriter(db))(input)),
      articleFacts: (id) => g("read", () => aq.articleFacts(db, id)),
      getArticle: (id) => g("read", () => aq.getArticle(db, id)),
      listArticles: (o = {}) => g("query", () => aq.listArticles(db, o)),
      mentions: (id) => g("query", () => aq.mentions(db, id)),
      events: (f = {}) => g("query", () => queryEvents(this.sql, f)),
      people: (f = {}) => g("query", () => queryPeople(this.sql, f)),
      quotes: (f = {}) => g("query", () => queryQuotes(this.sql, f)),
      chairmanships: (f = {}) => g("query", () => queryChairmanships(this.sql, f)),
      search: (q, o = {}) => g("search", () => search(db, q, o)),
      counts: () => g("count", () => aq.counts(db)),
      similarArticles: (bands, limit) => g("query", () => copies.similarArticles(db, bands, limit)),
      duplicateArticles: () => g("query", () => copies.duplicateArticles(db)),
      articleHtml: (id) => g("read", () => copies.articleHtml(db, id)),
    };
  }
}
