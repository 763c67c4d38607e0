import { randomBytes } from "node:crypto";
import { test } from "node:test";
import assert from "node:assert/strict";
import { storeSuite } from "../store-suite.ts";
import { openStore } from "../open.ts";
import { PostgresStore } from "./postgres-store.ts";
import { MIGRATIONS } from "./migrations.ts";

// CI runs beside a PostgreSQL server: an unreachable server fails these tests (with the reason), it never skips them.
const URL = process.env.COMMUNIQUE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const freshSchema = () => `communique_test_${process.pid}_${randomBytes(4).toString("hex")}`;

/** A store in a schema of its own, dropped again when the test closes the store. */
async function freshStore(): Promise<PostgresStore> {
  const store = new PostgresStore({ url: URL, schema: freshSchema() });
  const close = store.close.bind(store);
  store.close = async () => {
    await store.dropSchema().finally(close);
  };
  try {
    await store.init();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw new Error(`PostgreSQL test server unusable at ${URL} (set COMMUNIQUE_TEST_PG to another): ${(err as Error).message}`, { cause: err });
  }
  return store;
}

storeSuite("postgres", freshStore);

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
