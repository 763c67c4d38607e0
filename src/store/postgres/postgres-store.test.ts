import { test } from "node:test";
import assert from "node:assert/strict";
import { storeSuite } from "../store-suite.ts";
import { openStore } from "../open.ts";
import { PostgresStore } from "./postgres-store.ts";
import { MIGRATIONS } from "../sql/schema/migrations.ts";
import { TEST_PG_URL as URL, freshPostgresStore, freshSchema } from "./test-store.ts";

storeSuite("postgres", freshPostgresStore);

test("postgres: openStore takes a URL with a schema parameter and migrates it once", async () => {
  const schema = freshSchema();
  const a = await openStore(`${URL}?schema=${schema}`);
  assert.equal(a.kind, "postgres");
  await a.close();
  const b = (await openStore(`${URL}?schema=${schema}`)) as PostgresStore;
  try {
    assert.equal(b.schema, schema);
    const v = await b.pool.query("SELECT count(*)::int AS n FROM schema_version");
    assert.equal(v.rows[0].n, MIGRATIONS.length);
    assert.equal((await b.articles.counts()).articles, 0);
  } finally {
    await b.dropSchema();
    await b.close();
  }
});

test("postgres: an unreachable server is a StoreError naming the URL without its password", async () => {
  await assert.rejects(openStore("postgres://someone:s3cret@127.0.0.1:1/nowhere"), (err: Error & { code?: string }) => {
    assert.equal(err.code, "E_STORE");
    assert.match(err.message, /cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere/);
    assert.doesNotMatch(err.message, /s3cret/);
    return true;
  });
});

test("postgres: a schema name that is not a plain identifier is refused", async () => {
  await assert.rejects(openStore(`${URL}?schema=x";DROP SCHEMA public;--`), /invalid PostgreSQL schema name/);
});
