// Page addresses derived from content: the same in any ingest order and on both stores, old forms redirected, and an
// address taken before another article arrived still answers after it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { ingestBatch } from "../src/batch.ts";
import { createApp } from "../src/server/app.ts";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/types.ts";
import { loadKb } from "../src/web/kb.ts";
import { EXAMPLES, tempDir } from "./helpers.ts";

const FILES = readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt")).sort().map((f) => join(EXAMPLES, f));
const PG = process.env.COMMUNIQUE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

async function addresses(store: Store) {
  const kb = await loadKb(store);
  return { events: kb.events.map(kb.eventId).sort(), people: kb.people.map(kb.personId).sort() };
}

const get = (store: Store, path: string) => createApp({ store, token: null, maxBodyBytes: 1e6 }).request(path);

async function follow(store: Store, path: string): Promise<{ status: number; path: string }> {
  let res = await get(store, path);
  for (let i = 0; i < 3 && res.status === 301; i++) {
    path = new URL(res.headers.get("location")!, "http://localhost").pathname;
    res = await get(store, path);
  }
  return { status: res.status, path };
}

test("the same addresses in any ingest order and on SQLite and PostgreSQL", async () => {
  const dir = tempDir();
  const a = await openStore(join(dir, "a.db"));
  const b = await openStore(join(dir, "b.db"));
  const schema = `web_addr_${process.pid}`;
  const p = await openStore(`${PG}?schema=${schema}`);
  try {
    await ingestBatch(a, FILES);
    await ingestBatch(b, [...FILES].reverse());
    await ingestBatch(p, [FILES[2]!, FILES[0]!, FILES[4]!, FILES[1]!, FILES[3]!]);
    const [x, y, z] = [await addresses(a), await addresses(b), await addresses(p)];
    assert.ok(x.events.length > 5 && x.people.length > 5);
    assert.deepEqual(y, x, "reverse order, same addresses");
    assert.deepEqual(z, x, "PostgreSQL, another order, same addresses");
    for (const id of x.events.slice(0, 3)) assert.match(id, /^[a-z0-9-]+-[0-9a-f]{12}-\d+$/);
  } finally {
    await Promise.all([a.close(), b.close(), p.close()]);
    const client = new pg.Client({ connectionString: PG });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
});

test("old addresses redirect; an address from before one more article still answers after it", async () => {
  const store = await openStore(join(tempDir(), "kb.db"));
  try {
    await ingestBatch(store, FILES.slice(1));
    const before = await loadKb(store);
    const oldEvent = before.events[0]!;
    const res = await get(store, `/events/${encodeURIComponent(oldEvent.key)}`);
    assert.equal(res.status, 301, "the slug#index form redirects");
    assert.equal(res.headers.get("location"), `/events/${before.eventId(oldEvent)}`);
    const home = await get(store, "/?org=CSTO&year=2018");
    assert.equal(home.status, 301, "the timeline's old address keeps its filters");
    assert.equal(home.headers.get("location"), "/timeline?org=CSTO&year=2018");
    const person = before.people[0]!;
    const p = await get(store, `/people/${encodeURIComponent(person.key)}`);
    assert.equal(p.status, 301, "a person's slug#index form redirects");
    assert.equal(p.headers.get("location"), `/people/${before.personId(person)}`);
    const article = [...before.articles.byId.values()][0]!;
    const moved = await get(store, `/articles/${article.id}?s=0-5&hl=0-3`);
    assert.equal(moved.status, 301);
    assert.match(moved.headers.get("location")!, /^\/articles\/[0-9a-f]{12}\?s=0-5&hl=0-3$/);
    const taken = [...before.events.map((e) => `/events/${before.eventId(e)}`), ...before.people.map((p) => `/people/${before.personId(p)}`)];

    await ingestBatch(store, [FILES[0]!]);
    const after = await loadKb(store);
    for (const path of taken) {
      assert.equal((await follow(store, path)).status, 200, `${path} still answers`);
    }
    assert.equal((await get(store, "/events/nothing-000000000000-0")).status, 404);
    // Any fact of an event names it: the address an event had when another of its facts was the smallest redirects.
    const merged = after.events.find((e) => e.sources.length > 1)!;
    assert.ok(merged, "an event with several sources");
    const other = merged.sources.map((r) => after.articles.token(r)).find((t) => !after.eventId(merged).endsWith(t))!;
    const r = await get(store, `/events/2018-csto-${other}`);
    assert.equal(r.status, 301);
    assert.equal(r.headers.get("location"), `/events/${after.eventId(merged)}`);
  } finally {
    await store.close();
  }
});
