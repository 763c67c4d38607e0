import { test } from "node:test";
import assert from "node:assert/strict";
import { postgresDialect } from "../../postgres/dialect.ts";
import { freshPostgresStore } from "../../postgres/test-store.ts";
import { sqliteDialect } from "../../sqlite/dialect.ts";
import { SqliteStore } from "../../sqlite/sqlite-store.ts";
import { columnSql, opSql } from "./ddl.ts";
import { parseColumn } from "./declare.ts";
import { schemaShape } from "./introspect.ts";
import { MIGRATIONS } from "./migrations.ts";

async function freshSqlite(): Promise<SqliteStore> {
  const store = new SqliteStore(":memory:");
  await store.init();
  return store;
}

test("schema: SQLite and PostgreSQL get the same tables, columns, keys and indexes from the one declaration", async () => {
  const lite = await freshSqlite();
  const pg = await freshPostgresStore();
  try {
    const a = await schemaShape(lite.sql);
    assert.ok(["articles", "events", "person_roles", "k_mentions", "article_bands", "k_sigs"].every((t) => t in a), Object.keys(a).join());
    assert.deepEqual(a.evidence?.columns.ord, { type: "int", notNull: true });
    assert.deepEqual(a.k_mentions?.references, ["article_id -> articles"]);
    assert.deepEqual(await schemaShape(pg.sql), a);
  } finally {
    await lite.close();
    await pg.close();
  }
});

test("schema: a PostgreSQL database numbered before the declared schema is renumbered and brought to the same schema, rows kept (orphans dropped)", async () => {
  const pg = await freshPostgresStore({ init: false });
  const lite = await freshSqlite();
  try {
    // PostgreSQL used to number its own steps, one behind SQLite's from version 2 on.
    for (const m of MIGRATIONS.filter((x) => x.version <= 5)) for (const s of m.ops.flatMap((op) => opSql(postgresDialect, op))) await pg.pool.query(s);
    await pg.pool.query("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    await pg.pool.query("INSERT INTO schema_version (version) VALUES (1), (2), (3), (4)");
    // Its knowledge tables had BIGINT article ids and no foreign keys, so a row could outlive its article.
    for (const t of ["k_articles", "k_mentions", "k_blocks", "k_roles", "k_topics"]) {
      await pg.pool.query(`ALTER TABLE ${t} DROP CONSTRAINT ${t}_article_id_fkey, ALTER COLUMN article_id TYPE BIGINT`);
    }
    await pg.pool.query("INSERT INTO articles (hash, slug, source, text, facts) VALUES ('h', 's', 's.txt', 'Text.', '{}')");
    await pg.pool.query("INSERT INTO k_articles (article_id, slug) VALUES (1, 's'), (99, 'gone')");
    await pg.init();
    assert.deepEqual((await pg.pool.query("SELECT article_id FROM k_articles")).rows, [{ article_id: 1 }]);
    const versions = await pg.pool.query("SELECT version FROM schema_version ORDER BY version");
    assert.deepEqual(versions.rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
    assert.equal((await pg.articles.counts()).articles, 1);
    assert.deepEqual(await schemaShape(pg.sql), await schemaShape(lite.sql));
  } finally {
    await lite.close();
    await pg.close();
  }
});

test("schema: a column spec is typed per dialect, and one the declaration cannot read is refused", () => {
  const c = parseColumn("int? -> articles");
  assert.equal(columnSql(sqliteDialect, "duplicate_of", c), `"duplicate_of" INTEGER REFERENCES articles(id)`);
  assert.equal(columnSql(postgresDialect, "acting", parseColumn("bool default false")), `"acting" BOOLEAN NOT NULL DEFAULT false`);
  assert.equal(columnSql(sqliteDialect, "acting", parseColumn("bool default false")), `"acting" INTEGER NOT NULL DEFAULT 0`);
  assert.throws(() => parseColumn("text maybe"), /bad column spec "text maybe"/);
});
