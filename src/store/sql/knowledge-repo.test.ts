import { after } from "node:test";
import { repoSuite } from "../../knowledge/engine/repo-suite.ts";
import type { PostgresStore } from "../postgres/postgres-store.ts";
import { freshPostgresStore } from "../postgres/test-store.ts";
import { SqliteStore } from "../sqlite/sqlite-store.ts";
import type { SqlDb } from "./db.ts";
import { SqlKnowledgeRepo } from "./knowledge-repo.ts";

// The engine's shared behaviour on real, migrated databases of each engine (article rows exist for the foreign keys).
async function withArticles(db: SqlDb): Promise<SqlKnowledgeRepo> {
  for (let i = 1; i <= 3; i++) await db.run("INSERT INTO articles (id, hash, slug, source, text, facts) VALUES (?, ?, ?, 'test', '', '{}')", [i, `h${i}`, `a${i}`]);
  return new SqlKnowledgeRepo(db);
}

const stores: (SqliteStore | PostgresStore)[] = [];
repoSuite("sqlite", async () => {
  const store = new SqliteStore(":memory:");
  stores.push(store);
  await store.init();
  return withArticles(store.sql);
});
repoSuite("postgres", async () => {
  const store = await freshPostgresStore();
  stores.push(store);
  return withArticles(store.sql);
});

after(async () => {
  for (const s of stores) await s.close();
});
