import { randomBytes } from "node:crypto";
import { after } from "node:test";
import { repoSuite } from "../../../knowledge/engine/repo-suite.ts";
import { PostgresStore } from "../postgres-store.ts";
import { PgKnowledgeRepo } from "./pg-repo.ts";

// The engine's shared behaviour on a real, migrated PostgreSQL schema (dropped when the tests end).
const URL = process.env.COMMUNIQUE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const stores: PostgresStore[] = [];

repoSuite("postgres", async () => {
  const store = new PostgresStore({ url: URL, schema: `communique_ktest_${process.pid}_${randomBytes(4).toString("hex")}` });
  stores.push(store);
  await store.init();
  return new PgKnowledgeRepo(store.pool);
});

after(async () => {
  for (const s of stores) await s.dropSchema().finally(() => s.close());
});
