import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { test } from "node:test";
import assert from "node:assert/strict";
import { storeSuite } from "../store-suite.ts";
import Database from "better-sqlite3";
import { openStore } from "../open.ts";
import { opSql } from "../sql/schema/ddl.ts";
import { schemaShape } from "../sql/schema/introspect.ts";
import { MIGRATIONS } from "../sql/schema/migrations.ts";
import { sqliteDialect } from "./dialect.ts";
import { minsk } from "../suite/fixtures.ts";
import { SqliteStore } from "./sqlite-store.ts";

storeSuite("sqlite", () => openStore(join(mkdtempSync(join(tmpdir(), "communique-store-")), "t.db")));

test("sqlite: a database file is migrated once and reopened with its data", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "communique-store-")), "nested", "t.db");
  const a = await openStore(file);
  await a.close();
  const b = await openStore(file);
  assert.equal((await b.articles.counts()).articles, 0);
  assert.ok(b instanceof SqliteStore);
  assert.deepEqual([b.db.pragma("journal_mode", { simple: true }), b.db.pragma("synchronous", { simple: true })], ["wal", 1], "WAL, synced at checkpoints");
  await b.close();
});

test("sqlite: an unopenable path is a StoreError naming it", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "communique-store-")), "plain-file");
  writeFileSync(file, "not a folder");
  const bad = join(file, "x.db"); // a path below a regular file can never be created
  await assert.rejects(openStore(bad), (err: Error & { code?: string }) => err.code === "E_STORE" && err.message.includes(bad));
});

test("sqlite: a database from before schema_version (user_version 1) is migrated to the fresh schema, its roles kept", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "communique-store-")), "old.db");
  const old = new Database(file);
  for (const statement of MIGRATIONS[0]!.ops.flatMap((op) => opSql(sqliteDialect, op))) old.exec(statement);
  old.pragma("user_version = 1");
  old.prepare("INSERT INTO articles (hash, slug, source, text, facts) VALUES ('h', 's', 's.txt', 'Text.', '{}')").run();
  old.prepare(`INSERT INTO people (article_id, ord, name, roles, aliases, person_keys, year)
    VALUES (1, 0, 'Ana Pop', '[{"title":"Minister","of":"Moldova","acting":true}]', '[]', ' pop ', '2020')`).run();
  old.close();
  const s = await openStore(file);
  try {
    const [p] = await s.articles.people({ country: "Moldova" });
    assert.deepEqual(p!.roles, [{ title: "Minister", of: "Moldova", acting: true }]);
    const db = (s as SqliteStore).db;
    assert.deepEqual(db.prepare("SELECT version FROM schema_version ORDER BY version").pluck().all(), MIGRATIONS.map((m) => m.version));
    const fresh = await openStore(join(mkdtempSync(join(tmpdir(), "communique-store-")), "fresh.db"));
    assert.deepEqual(await schemaShape((s as SqliteStore).sql), await schemaShape((fresh as SqliteStore).sql));
    await fresh.close();
  } finally {
    await s.close();
  }
});

test("sqlite: a database at version 5 gets its evidence order from the row order and a search index kept by triggers", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "communique-store-")), "v5.db");
  const old = new Database(file);
  for (const m of MIGRATIONS.filter((x) => x.version <= 5)) for (const s of m.ops.flatMap((op) => opSql(sqliteDialect, op))) old.exec(s);
  // Version 5 databases had no triggers: the article's search entry was written by the save.
  old.exec("DROP TRIGGER articles_fts_insert; DROP TRIGGER quotes_fts_insert; DROP TRIGGER articles_fts_delete; DROP TRIGGER quotes_fts_delete");
  old.exec("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
  for (let v = 1; v <= 5; v++) old.prepare("INSERT INTO schema_version VALUES (?, 'then')").run(v);
  old.prepare("INSERT INTO articles (hash, slug, source, text, facts) VALUES ('h', 'old', 's.txt', 'Quorvex met.', '{}')").run();
  old.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (1, '', 'Quorvex met.')").run();
  old.prepare(`INSERT INTO events (article_id, ord, kind, status, bodies, attendees, states, documents, person_keys)
    VALUES (1, 0, 'meeting', 'held', '[]', '[]', '[]', '[]', '  ')`).run();
  const ev = old.prepare(`INSERT INTO evidence (article_id, fact_kind, fact_id, start, "end", sentence_start, sentence_end, rule)
    VALUES (1, 'event', 1, ?, ?, 0, 12, ?)`);
  ev.run(8, 11, "event:trigger");
  ev.run(0, 7, "event:place");
  old.close();
  const s = await openStore(file);
  try {
    assert.deepEqual((await s.articles.events())[0]!.evidence.map((e) => e.rule), ["event:trigger", "event:place"]);
    assert.deepEqual((s as SqliteStore).db.prepare("SELECT ord FROM evidence ORDER BY id").pluck().all(), [0, 1]);
    const { articleId } = await s.articles.saveArticle(minsk("new"));
    assert.equal((await s.articles.search("Quorvex")).total, 1, "the old entry is kept");
    const hits = (await s.articles.search("Varanets")).items;
    assert.ok(hits.some((h) => h.kind === "article" && h.articleId === articleId), "a new article is indexed by the trigger");
    assert.ok(hits.some((h) => h.kind === "quote" && h.articleId === articleId), "and its quotes");
  } finally {
    await s.close();
  }
});

test("sqlite: two stores on one file in one process open and save at once, taking turns for the write lock", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "communique-store-")), "shared.db");
  const [a, b] = await Promise.all([openStore(file), openStore(file)]);
  try {
    // Without turns, the second BEGIN IMMEDIATE blocks the thread the first needs, and fails as "database is locked".
    await Promise.all([a.articles.saveArticle(minsk("s1")), b.articles.saveArticle(minsk("s2")), a.articles.saveArticle(minsk("s2"))]);
    assert.equal((await b.articles.counts()).articles, 2);
    assert.deepEqual((a as SqliteStore).db.prepare("SELECT count(*) FROM schema_version").pluck().get(), MIGRATIONS.length);
  } finally {
    await a.close();
    await b.close();
  }
});
