import { after } from "node:test";
import { repoSuite } from "../../knowledge/engine/repo-suite.ts";
import type { PostgresStore } from "../postgres/postgres-store.ts";
import { freshPostgresStore } from "../postgres/test-store.ts";
import { SqliteStore } from "../sqlite/sqlite-store.ts";
import type { SqlDb } from "./db.ts";
import { SqlKnowledgeRepo } from "./knowledge-repo.ts";

// The engine's shared behaviour on real, migrated databases of each engine (article rows exist for the foreign keys).
async function withArticles(db: SqlDb): Promise<SqlKnowledgeRepo> {
  // 1-3 and 100-139, the ids the suite's articles use.
  for (const i of [1, 2, 3, ...Array.from({ length: 40 }, (_, k) => 100 + k)]) await db.run("INSERT INTO articles (id, hash, slug, source, text, facts) VALUES (?, ?, ?, 'test', '', '{}')", [i, `h${i}`, `a${i}`]);
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
