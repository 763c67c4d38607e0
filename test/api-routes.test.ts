// The HTTP API in-process (Hono's app.request) over a store of the five seed examples.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Hono } from "hono";
import { ingestBatch } from "../src/batch.ts";
import { createApp } from "../src/server/app.ts";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/types.ts";
import { finishedJob } from "./api-helpers.ts";
import { EXAMPLES, tempDir } from "./helpers.ts";

const TOKEN = "api-test-token";
let store: Store;
let app: Hono;

before(async () => {
  store = await openStore(join(tempDir(), "kb.db"));
  await ingestBatch(store, [EXAMPLES]);
  app = createApp({ store, token: TOKEN, maxBodyBytes: 200_000 });
});
after(async () => store?.close());

const get = async (url: string) => {
  const res = await app.request(url);
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: await res.text(), res };
};
const json = async (url: string, status = 200) => {
  const r = await get(url);
  assert.equal(r.status, status, `${url}: ${r.body.slice(0, 300)}`);
  return JSON.parse(r.body);
};

/** A list route's page: checks the one envelope every list route answers with, and gives its items. */
async function items(url: string): Promise<any[]> {
  const page = await json(url);
  assert.deepEqual(Object.keys(page).sort(), ["items", "limit", "offset", "total"], url);
  assert.ok(Array.isArray(page.items) && page.total >= page.items.length, url);
  return page.items;
}

test("events: merged, with sources; filters and pagination", async () => {
  const all = await json("/api/events?org=CSTO&limit=1000");
  const astana = all.items.find((e: { start: string; city: string }) => e.start === "2018-05-23" && e.city === "Astana");
  assert.ok(astana, "the Astana meeting of May 2018");
  assert.deepEqual([...new Set(astana.sources.map((s: { article: string }) => s.article))].sort(), ["seed-000", "seed-004"]);
  const y2018 = await json("/api/events?year=2018");
  assert.ok(y2018.items.length > 0 && y2018.items.every((e: { start: string }) => e.start.startsWith("2018")));
  const byPerson = await json("/api/events?person=Yermekbayev");
  assert.ok(byPerson.items.some((e: { key: string }) => e.key === astana.key));
  const one = await json("/api/events?limit=1&offset=1");
  assert.equal(one.items.length, 1);
  assert.equal(one.total, (await json("/api/events")).total);
  const detail = await json(`/api/events/${encodeURIComponent(astana.key)}`);
  assert.equal(detail.chair, "Nurlan Yermekbayev");
  assert.equal(detail.documentsSigned, 11);
  assert.ok(detail.evidence.every((e: { sentence: string }) => e.sentence.length > 0));
});

test("people, offices, chairmanships, topics, conflicts, quotes, per-article reports", async () => {
  const people = await json("/api/people?q=yermek");
  assert.equal(people.items[0].name, "Nurlan Yermekbayev");
  const person = await json(`/api/people/${encodeURIComponent(people.items[0].key)}`);
  assert.ok(person.offices.some((o: { title: string }) => o.title === "Secretary of the Security Council"));
  const [office] = await items("/api/offices?title=Secretary%20General&of=CSTO");
  assert.deepEqual(office.holders.filter((h: { acting: boolean }) => !h.acting).map((h: { person: string }) => h.person.split(" ").pop()), ["Bordyuzha", "Khachaturov", "Semerikov"]);
  const [csto] = await items("/api/chairmanships?org=CSTO");
  assert.deepEqual(csto.periods.map((p: { state: string }) => p.state), ["Kazakhstan", "Kyrgyzstan", "Kazakhstan"]);
  const topics = await items("/api/topics?by=year");
  assert.ok(topics.some((t: { bucket: string; topic: string }) => t.bucket === "2018" && t.topic === "terrorism"));
  assert.ok(Array.isArray(await items("/api/conflicts")));
  const quotes = await items("/api/quotes?person=Nazarbayev&text=terrorist");
  assert.ok(quotes.length > 0 && quotes.every((q: { speaker: string }) => q.speaker === "Nursultan Nazarbayev"));
  const reports = await items("/api/reports/events?org=CSTO&year=2018");
  assert.ok(reports.some((e: { documentsSigned: number | null }) => e.documentsSigned === 11));
  assert.ok((await items("/api/reports/people?person=Khachaturov")).length > 0);
  assert.ok((await items("/api/reports/chairmanships")).length >= 3);
  assert.ok((await items("/api/reports/quotes?limit=2")).length === 2);
});

test("articles and search", async () => {
  const list = await json("/api/articles");
  assert.equal(list.total, 5);
  assert.equal(list.items[0].text, undefined, "lists leave the text out");
  const seed4 = list.items.find((a: { slug: string }) => a.slug === "seed-004");
  const a = await json(`/api/articles/${seed4.id}`);
  assert.match(a.text, /11 documents/);
  assert.ok(a.facts.events.length > 0 && a.mentions.some((m: { kind: string }) => m.kind === "person"));
  const hits = await json("/api/search?q=honestly%20admit");
  assert.ok(hits.items.some((h: { kind: string; snippet: string }) => h.kind === "quote" && /\[\[/.test(h.snippet)));
});

test("bad parameters are 400s naming the parameter; unknown ids and routes are 404s; errors are JSON", async () => {
  for (const [url, word] of [
    ["/api/events?year=abc", "year"], ["/api/events?from=May", "from"], ["/api/events?limit=0", "limit"], ["/api/events?limit=5000", "limit"],
    ["/api/events?offset=-1", "offset"], ["/api/events?colour=red", "colour"], ["/api/topics?by=month", "by"], ["/api/search", "q"],
    [`/api/search?q=${"x".repeat(201)}`, "q"], ["/api/articles/abc", "article id"], ["/api/reports/events?article=x", "article"],
  ] as const) {
    const r = await get(url);
    assert.equal(r.status, 400, url);
    assert.match(r.type, /application\/json/);
    const body = JSON.parse(r.body);
    assert.equal(body.error.status, 400);
    assert.match(body.error.message, new RegExp(word), url);
  }
  for (const url of ["/api/events/no-such%23event", "/api/people/nobody", "/api/articles/9999", "/api/nothing-here"]) {
    const r = await get(url);
    assert.equal(r.status, 404, url);
    assert.equal(JSON.parse(r.body).error.status, 404);
  }
});

test("ingest: off without a server token, 401 without the right one, 202 with it; then the article is everywhere", async () => {
  const text = "June 2, 2026\n\nThe CSTO Council of Defence Ministers met in Bishkek on June 2, 2026. The ministers signed 4 documents.";
  const post = (a: Hono, headers: Record<string, string>, body: string, type = "application/json") =>
    a.request("/api/articles", { method: "POST", headers: { "content-type": type, ...headers }, body });
  const off = createApp({ store, token: null, maxBodyBytes: 200_000 });
  assert.equal((await post(off, { authorization: `Bearer ${TOKEN}` }, JSON.stringify({ text }))).status, 403);
  assert.equal((await post(app, {}, JSON.stringify({ text }))).status, 401);
  assert.equal((await post(app, { authorization: "Bearer wrong-token-x" }, JSON.stringify({ text }))).status, 401);
  const auth = { authorization: `Bearer ${TOKEN}` };
  assert.equal((await post(app, auth, "{not json")).status, 400);
  assert.equal((await post(app, auth, JSON.stringify({ text: 42 }))).status, 400);
  assert.equal((await post(app, auth, "text", "text/plain")).status, 415);
  const done = await finishedJob(app, await post(app, auth, JSON.stringify({ text, name: "bishkek-cdm" })));
  assert.deepEqual([done.results[0]?.status, done.added], ["added", 1]);
  const again = await finishedJob(app, await post(app, auth, JSON.stringify({ articles: [{ text }] })));
  assert.equal(again.results[0]?.status, "existing", "the same text again adds nothing");
  const events = await json("/api/events?year=2026");
  assert.ok(events.items.some((e: { city: string; documentsSigned: number }) => e.city === "Bishkek" && e.documentsSigned === 4));
  const form = new FormData();
  form.append("files", new File(["May 5, 2026\n\nThe CSTO Council of Foreign Ministers met in Minsk on May 5, 2026."], "minsk.txt", { type: "text/plain" }));
  const multi = await finishedJob(app, await app.request("/api/articles", { method: "POST", headers: auth, body: form }));
  assert.deepEqual(multi.results.map((r) => r.status), ["added"]);
});

test("a body over the limit is refused with 413", async () => {
  const r = await app.request("/api/articles", {
    method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ text: "x".repeat(300_000) }),
  });
  assert.equal(r.status, 413);
  assert.equal(((await r.json()) as { error: { status: number } }).error.status, 413);
});

test("exports: CSV (quoted, formula-safe), JSON Lines, JSON-LD, GraphML (escaped, well-formed)", async () => {
  const csv = await get("/api/export/events.csv?org=CSTO");
  assert.match(csv.type, /^text\/csv/);
  assert.match(csv.res.headers.get("content-disposition") ?? "", /attachment; filename="events.csv"/);
  const lines = csv.body.trim().split("\r\n");
  assert.match(lines[0]!, /^id,kind,status,org,name,bodies,start,end,city/);
  assert.ok(lines.some((l) => l.includes("Nurlan Yermekbayev") && l.includes("seed-000; seed-004")));
  const jsonl = await get("/api/export/events.jsonl?year=2018");
  const rows = jsonl.body.trim().split("\n").map((l) => JSON.parse(l));
  assert.ok(rows.length > 0 && rows.every((r: { start: string }) => r.start.startsWith("2018")));
  const ld = JSON.parse((await get("/api/export/events.jsonld")).body);
  assert.equal(ld["@context"], "https://schema.org");
  const ev = ld["@graph"].find((x: { "@type": string; startDate?: string }) => x["@type"] === "Event" && x.startDate === "2018-05-23");
  assert.equal(ev.location.address.addressLocality, "Astana");
  assert.ok(ld["@graph"].some((x: { "@type": string; name: string }) => x["@type"] === "Person" && x.name === "Nurlan Yermekbayev"));
  const gml = await get("/api/export/network.graphml");
  assert.match(gml.type, /graphml/);
  assert.match(gml.body, /<data key="type">person<\/data><data key="label">Nurlan Yermekbayev<\/data>/);
  assert.equal((gml.body.match(/<node /g) ?? []).length, (gml.body.match(/<\/node>/g) ?? []).length);
});

test("the export encoders neutralise hostile values", async () => {
  const { csvCell } = await import("../src/server/rest/export-csv.ts");
  const { xmlText } = await import("../src/server/rest/export-graph.ts");
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell("a,b"), '"a,b"');
  assert.equal(csvCell("@SUM(A1)"), "'@SUM(A1)");
  assert.equal(xmlText(`<script>&"'`), "&lt;script&gt;&amp;&quot;&apos;");
});

test("the OpenAPI document describes every route the API serves, with its parameters", async () => {
  const doc = await json("/openapi.json");
  assert.equal(doc.openapi, "3.1.0");
  const { ROUTES } = await import("../src/server/rest/index.ts");
  for (const r of ROUTES) {
    const op = doc.paths["/api" + r.path.replace(/:(\w+)/g, "{$1}")]?.[r.method];
    assert.ok(op, `${r.method} ${r.path} is documented`);
    assert.deepEqual(op.parameters.filter((p: { in: string }) => p.in === "query").map((p: { name: string }) => p.name), r.params.map((p) => p.name));
    assert.ok(op.responses["400"]);
  }
  assert.ok(doc.paths["/api/events"].get.parameters.some((p: { name: string; schema: { type: string } }) => p.name === "year" && p.schema.type === "integer"));
});
