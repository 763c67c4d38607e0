import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ingestBatch } from "./batch.ts";
import { CommuniqueError } from "./errors.ts";
import { SqliteStore } from "./store/sqlite/sqlite-store.ts";

// Short enough (under 20 five-word shingles) never to count as near duplicates of each other.
// Sessions three days apart are distinct events (one day apart, identical bodies would merge).
const article = (n: number) => `Minsk, May ${3 * n}, 2019\n\nThe CSTO Council of Foreign Ministers met in Minsk on May ${3 * n}, 2019.`;

test("a database another process holds locked: a coded store error, nothing half-stored, a re-run stores everything", async () => {
  const dir = mkdtempSync(join(tmpdir(), "communique-batch-"));
  for (let n = 1; n <= 3; n++) writeFileSync(join(dir, `a${n}.txt`), article(n));
  const file = join(dir, "kb.db");
  const store = new SqliteStore(file);
  await store.init();
  store.db.pragma("busy_timeout = 200");
  const other = new Database(file);
  other.exec("BEGIN IMMEDIATE");
  try {
    await assert.rejects(ingestBatch(store, [dir], { jobs: 1 }), (err: unknown) => err instanceof CommuniqueError && err.code === "E_STORE");
  } finally {
    other.exec("ROLLBACK");
    other.close();
  }
  assert.equal((await store.articles.counts()).articles, 0);
  const again = await ingestBatch(store, [dir], { jobs: 1 });
  assert.deepEqual([again.added, again.existing, again.failed], [3, 0, 0]);
  assert.equal((await store.knowledge.timeline()).length, 3);
  await store.close();
});

test("--jobs 2 stores the same articles and knowledge as --jobs 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "communique-batch-"));
  for (let n = 1; n <= 12; n++) writeFileSync(join(dir, `a${String(n).padStart(2, "0")}.txt`), article((n % 4) + 1).replace("2019.", `2019. Item ${n}.`));
  const run = async (jobs: number) => {
    const store = new SqliteStore(join(dir, `kb${jobs}.db`));
    await store.init();
    try {
      const s = await ingestBatch(store, [dir], { jobs, batchSize: 5 });
      const events = (await store.knowledge.timeline()).map((e) => `${e.key} ${e.start} ${e.sources.map((x) => `${x.article}#${x.index}`).join(",")}`);
      const articles = (await store.articles.listArticles({ limit: 100 })).items.map((a) => `${a.id} ${a.slug}`);
      return { added: s.added, events, articles };
    } finally {
      await store.close();
    }
  };
  const one = await run(1);
  assert.equal(one.added, 12);
  assert.equal(one.events.length, 4);
  assert.deepEqual(await run(2), one);
});
