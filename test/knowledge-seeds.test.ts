// End-to-end: the five seed examples ingested into a fresh store answer the knowledge questions of issue 4, with sources.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ingestBatch } from "../src/batch.ts";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/types.ts";
import { EXAMPLES, tempDir } from "./helpers.ts";

let store: Store;

before(async () => {
  store = await openStore(join(tempDir(), "kb.db"));
  await ingestBatch(store, [EXAMPLES]);
  // The batch merges each saved article; adding again is a no-op, so this also holds if it did not.
  for (const a of (await store.articles.listArticles({ limit: 100 })).items) await store.knowledge.addArticle(a.id);
});
after(async () => store?.close());

const surname = (name: string) => name.split(/\s+/).pop();

test("CSTO Secretaries General in order: Bordyuzha (2015), Khachaturov (May 2018), Semerikov (Nov 2018)", async () => {
  const [office] = await store.knowledge.office("Secretary General", "CSTO");
  assert.ok(office, "no CSTO Secretary General office");
  const holders = office.holders.filter((h) => !h.acting);
  assert.deepEqual(holders.map((h) => surname(h.person)), ["Bordyuzha", "Khachaturov", "Semerikov"]);
  assert.deepEqual(holders.map((h) => h.from?.slice(0, 7).replace(/^2015.*/, "2015")), ["2015", "2018-05", "2018-11"]);
  for (const h of holders) assert.ok(h.evidence.length > 0 && h.evidence.every((e) => e.sentence.length > 0 && e.articleSlug), `${h.person} has no sources`);
});

test("Presidents of Kazakhstan: Nazarbayev, then Tokayev", async () => {
  const [office] = await store.knowledge.office("President", "Kazakhstan");
  assert.ok(office);
  assert.deepEqual(office.holders.map((h) => surname(h.person)), ["Nazarbayev", "Tokayev"]);
  assert.ok(office.holders.every((h) => h.evidence.length > 0));
});

test("CSTO chairmanship: Kazakhstan (2018) → Kyrgyzstan (from 2018-11-08) → Kazakhstan (from 2024-01-01)", async () => {
  const [csto] = await store.knowledge.chairmanships("CSTO");
  assert.ok(csto);
  const periods = csto.periods.filter((p) => p.start !== null);
  assert.deepEqual(periods.map((p) => p.state), ["Kazakhstan", "Kyrgyzstan", "Kazakhstan"]);
  assert.ok(periods[0]!.start!.startsWith("2018") && periods[0]!.start! < "2018-11-08");
  assert.equal(periods[1]!.start, "2018-11-08");
  assert.equal(periods[2]!.start, "2024-01-01");
  assert.ok(periods.every((p) => p.evidence.length > 0));
});

test("seed-000's Astana meetings of May 23–24 2018 and seed-004's session of May 24 2018 are one event", async () => {
  const events = await store.knowledge.timeline({ org: "CSTO", from: "2018-05", to: "2018-05" });
  const merged = events.find((e) => e.sources.some((s) => s.article === "seed-000") && e.sources.some((s) => s.article === "seed-004"));
  assert.ok(merged, `not merged: ${JSON.stringify(events.map((e) => [e.key, e.start, e.sources]))}`);
  assert.equal(merged.start, "2018-05-23");
  assert.equal(merged.end, "2018-05-24");
  assert.equal(merged.city, "Astana");
  assert.deepEqual(new Set(merged.evidence.map((e) => e.articleSlug)), new Set(["seed-000", "seed-004"]));
  const detail = await store.knowledge.event(merged.key);
  assert.equal(detail?.key, merged.key);
});

test("a person answers with offices, events and sources across spellings", async () => {
  const [p] = await store.knowledge.person("Nazarbaev");
  assert.ok(p, "Nazarbayev not found under another spelling");
  assert.ok(p.offices.some((o) => o.title === "President" && o.of === "Kazakhstan"));
  assert.ok(p.evidence.length > 0);
});
