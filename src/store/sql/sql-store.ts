import { StoreError } from "../../errors.ts";
import { knowledgeStore } from "../../knowledge/engine/knowledge-store.ts";
import type { KnowledgeStore } from "../knowledge-types.ts";
import type { ArticleStore, Store } from "../types.ts";
import { sqlArticleStore } from "./article-store.ts";
import type { SqlDb } from "./db.ts";
import { SqlKnowledgeRepo } from "./knowledge-repo.ts";
import { type LegacyVersion, migrate } from "./migrate.ts";

/**
 * A store on an SQL database: both layers and the migrations are shared; an adapter supplies the connection (an
 * SqlDb over its driver), how it reads its legacy version, and how a driver's failure is told to the user.
 */
export abstract class SqlStore implements Store {
  abstract readonly kind: Store["kind"];
  readonly articles: ArticleStore;
  readonly knowledge: KnowledgeStore;

  constructor(readonly sql: SqlDb, private readonly legacy: LegacyVersion) {
    this.articles = sqlArticleStore(sql, (what, fn) => this.guard(what, fn));
    this.knowledge = knowledgeStore(new SqlKnowledgeRepo(sql), this.articles);
  }

  /** A StoreError naming the database, for a driver error raised while doing `what`. */
  protected abstract failure(what: string, err: Error & { code?: string }): StoreError;

  /** Work before the migrations (PostgreSQL: the schema). */
  protected async prepare(): Promise<void> {}

  abstract close(): Promise<void>;

  async init(): Promise<void> {
    await this.guard("migration", async () => {
      await this.prepare();
      await migrate(this.sql, this.legacy);
    });
  }

  protected async guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw this.failure(what, err as Error);
    }
  }
}
