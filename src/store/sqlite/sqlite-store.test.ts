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
import { SqliteStore } from "./sqlite-store.ts";

storeSuite("sqlite", () => openStore(join(mkdtempSync(join(tmpdir(), "communique-store-")), "t.db")));

test("sqlite: a database file is migrated once and reopened with its data", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "communique-store-")), "nested", "t.db");
  const a = await openStore(file);
  await a.close();
  const b = await openStore(file);
  assert.equal((await b.articles.counts()).articles, 0);
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
