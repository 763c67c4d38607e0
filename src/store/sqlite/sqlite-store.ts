import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StoreError } from "../../errors.ts";
import type { KnowledgeStore } from "../knowledge-types.ts";
import type { ArticleStore, Store } from "../types.ts";
import { SqlKnowledgeRepo } from "../sql/knowledge-repo.ts";
import { knowledgeStore } from "../../knowledge/engine/knowledge-store.ts";
import { sqlArticleStore } from "../sql/article-store.ts";
import { SqlDb } from "../sql/db.ts";
import { migrate } from "../sql/migrate.ts";
import { SqliteDriver } from "./driver.ts";
import { sqliteLegacyVersion } from "./legacy-version.ts";

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
    this.articles = sqlArticleStore(this.sql, (what, fn) => this.guard(what, fn));
    this.knowledge = knowledgeStore(new SqlKnowledgeRepo(this.sql), this.articles);
  }

  async init(): Promise<void> {
    await this.guard("migrate", () => migrate(this.sql, sqliteLegacyVersion));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private async guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(`SQLite ${what} failed on ${this.path}: ${(err as Error).message}`, { cause: err });
    }
  }
}
