// The JSON API end to end, in-process (Hono's app.request): every route over a store of the five seed articles,
// validation, the ingest token rule, exports that other tools must be able to parse, and the OpenAPI document
// checked against the router itself. Ingest runs against its own store so the seed assertions never see it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Hono } from "hono";
import { ingestBatch } from "../src/batch.ts";
import { createApp } from "../src/server/app.ts";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/types.ts";
import { finishedJob } from "./api-helpers.ts";
import { EXAMPLES, tempDir } from "./helpers.ts";

const TOKEN = "secret-token";
const LIMIT = 2_000_000;
let store: Store;
let app: Hono;

before(async () => {
  store = await openStore(join(tempDir(), "kb.db"));
  await ingestBatch(store, [EXAMPLES]);
  app = createApp({ store, token: TOKEN, maxBodyBytes: LIMIT });
});
after(async () => store?.close());

type Row = Record<string, any>; // JSON from the wire

async function get(url: string, on: Hono = app) {
  const res = await on.request(url);
  return { status: res.status, headers: res.headers, body: await res.text() };
}
async function json(url: string, status = 200, on: Hono = app): Promise<any> {
  const r = await get(url, on);
  assert.equal(r.status, status, `${url}: ${r.body.slice(0, 300)}`);
  assert.match(r.headers.get("content-type") ?? "", /^application\/json/, url);
  return JSON.parse(r.body);
}
/** A list route's page: checks the one envelope every list route answers with, and gives its items. */
async function items(url: string, on?: Hono): Promise<any[]> {
  const page = on ? await json(url, 200, on) : await json(url);
  assert.deepEqual(Object.keys(page).sort(), ["items", "limit", "offset", "total"], url);
  assert.ok(Array.isArray(page.items) && page.total >= page.items.length, url);
  return page.items;
}
const slugs = (sources: { article: string }[]) => [...new Set(sources.map((s) => s.article))].sort();
const ASTANA = "seed-000#0";

test("GET /api/events: the Astana meeting merged from two articles; every filter narrows for real", async () => {
  const all = await json("/api/events?limit=1000");
  assert.equal(all.limit, 1000);
  assert.equal(all.offset, 0);
  assert.equal(all.items.length, all.total);
  const astana = all.items.find((e: Row) => e.key === ASTANA);
  assert.deepEqual([astana.start, astana.end, astana.city, astana.org], ["2018-05-23", "2018-05-24", "Astana", "CSTO"]);
  assert.ok(astana.bodies.some((b: Row) => b.value === "Committee of Secretaries of Security Councils"));
  assert.deepEqual(slugs(astana.sources), ["seed-000", "seed-004"]);

  const filters: [string, (e: Row) => boolean][] = [
    ["org=CSTO", (e) => e.org === "CSTO"],
    ["year=2018", (e) => e.start.startsWith("2018")],
    ["from=2018-05&to=2018-05-31", (e) => e.start >= "2018-05" && e.start <= "2018-05-31"],
    ["person=Yermekbayev", (e) => [...e.attendees, ...e.chairs].some((p: Row) => p.value.includes("Yermekbayev"))],
    ["body=Security%20Councils", (e) => e.bodies.some((b: Row) => b.value.includes("Security Councils"))],
    ["topic=terrorism", (e) => e.topics.includes("terrorism")],
    ["country=Kazakhstan", (e) => [...e.countries, ...e.states, ...e.cities].some((c: Row) => c.value === "Kazakhstan" || c.value === "Astana")],
  ];
  for (const [q, pass] of filters) {
    const page = await json(`/api/events?${q}&limit=1000`);
    assert.ok(page.total > 0 && page.total < all.total, `${q} keeps some events, not all (${page.total}/${all.total})`);
    assert.ok(page.items.every(pass), q);
    if (q !== "topic=terrorism") assert.ok(page.items.some((e: Row) => e.key === ASTANA), `${q} keeps the Astana meeting`);
  }
  const second = await json("/api/events?limit=2&offset=1");
  assert.deepEqual(second.items.map((e: Row) => e.key), all.items.slice(1, 3).map((e: Row) => e.key));
  assert.equal(second.total, all.total);
  assert.deepEqual((await json(`/api/events?offset=${all.total}`)).items, []);
});

test("GET /api/events/:key: the URL-encoded key gives every slot with its sources; unknown keys are 404s", async () => {
  const e = await json(`/api/events/${encodeURIComponent(ASTANA)}`);
  assert.equal(e.key, ASTANA);
  assert.equal(e.chair, "Nurlan Yermekbayev");
  assert.equal(e.documentsSigned, 11);
  assert.ok(e.evidence.length > 0 && e.evidence.every((x: Row) => typeof x.sentence === "string" && x.sentence.length > 0));
  const missing = await json("/api/events/seed-000%23999", 404);
  assert.deepEqual(Object.keys(missing.error).sort(), ["code", "message", "status"]);
  assert.match(missing.error.message, /seed-000#999/);
});

test("GET /api/reports/*: facts per article, filtered by org, year, person and article", async () => {
  const seed4 = (await json("/api/articles?limit=1000")).items.find((a: Row) => a.slug === "seed-004");
  const events = await items(`/api/reports/events?article=${seed4.id}`);
  assert.ok(events.length > 0 && events.every((e: Row) => e.articleId === seed4.id));
  const signed = events.find((e: Row) => e.documentsSigned === 11);
  assert.equal(signed.chair, "Nurlan Yermekbayev");
  assert.ok((await items("/api/reports/events?org=CSTO&year=2018")).some((e: Row) => e.documentsSigned === 11));
  assert.deepEqual(await items("/api/reports/events?year=1999"), []);
  const people = await items("/api/reports/people?person=Semerikov");
  assert.ok(people.length > 0 && people.every((p: Row) => p.name.includes("Semerikov")));
  const quotes = await items("/api/reports/quotes?text=terrorism");
  assert.ok(quotes.length > 0 && quotes.every((q: Row) => /terrorism/i.test(q.text + q.full)));
  assert.equal((await items("/api/reports/quotes?limit=1")).length, 1);
  const chairs = await items("/api/reports/chairmanships?org=CSTO");
  assert.ok(chairs.some((c: Row) => c.state === "Kazakhstan"));
});

test("GET /api/people, /api/people/:key, /api/offices, /api/quotes", async () => {
  const found = await json("/api/people?q=ermekbay");
  assert.equal(found.total, 1);
  const [who] = found.items;
  assert.equal(who.name, "Nurlan Yermekbayev");
  assert.deepEqual((await json("/api/people?q=zzzzqqq")).items, []);
  const person = await json(`/api/people/${encodeURIComponent(who.key)}`);
  assert.equal(person.key, who.key);
  assert.ok(person.offices.some((o: Row) => o.title === "Secretary of the Security Council" && o.of === "Kazakhstan"));
  assert.ok(person.events.some((e: Row) => e.key === ASTANA));
  await json("/api/people/no-such-person%230", 404);

  const [office, ...more] = await items("/api/offices?title=Secretary%20General&of=CSTO");
  assert.equal(more.length, 0);
  assert.deepEqual(office.holders.filter((h: Row) => !h.acting).map((h: Row) => h.person.split(" ").pop()), ["Bordyuzha", "Khachaturov", "Semerikov"]);
  assert.ok((await items("/api/offices")).length > 1, "every office without a title");

  const quotes = await items("/api/quotes?person=Nazarbayev&year=2018");
  assert.ok(quotes.length > 0 && quotes.every((q: Row) => q.speaker === "Nursultan Nazarbayev"));
  const some = await items("/api/quotes?text=terrorist");
  assert.ok(some.length > 0 && some.every((q: Row) => /terrorist/i.test(q.text + q.full)));
});

test("GET /api/chairmanships, /api/topics, /api/conflicts", async () => {
  const [csto, ...rest] = await items("/api/chairmanships?org=CSTO");
  assert.equal(rest.length, 0);
  assert.equal(csto.org, "CSTO");
  assert.deepEqual(csto.periods.map((p: Row) => p.state), ["Kazakhstan", "Kyrgyzstan", "Kazakhstan"]);
  assert.deepEqual(await items("/api/chairmanships?org=NOPE"), []);
  const overall = await items("/api/topics");
  assert.deepEqual(await items("/api/topics?by=all"), overall);
  const terrorism = overall.find((t: Row) => t.topic === "terrorism");
  assert.ok(terrorism.bucket === "all" && terrorism.events > 0);
  const perYear = await items("/api/topics?by=year");
  assert.ok(perYear.some((t: Row) => t.bucket === "2018" && t.topic === "terrorism"));
  const conflicts = await items("/api/conflicts");
  assert.ok(Array.isArray(conflicts));
  for (const c of conflicts) assert.ok(c.values.length > 1, "a conflict has at least two values");
});

test("GET /api/articles, /api/articles/:id, /api/search", async () => {
  const list = await json("/api/articles");
  assert.equal(list.total, 5);
  assert.ok(list.items.every((a: Row) => a.text === undefined), "lists leave the text out");
  const interfax = await json("/api/articles?outlet=Interfax");
  assert.deepEqual(interfax.items.map((a: Row) => a.slug), ["seed-000"]);
  const y2018 = await json("/api/articles?year=2018");
  assert.deepEqual(y2018.items.map((a: Row) => a.slug).sort(), ["seed-000", "seed-004"]);
  const seed4 = list.items.find((a: Row) => a.slug === "seed-004");
  const a = await json(`/api/articles/${seed4.id}`);
  assert.match(a.text, /11 documents/);
  assert.ok(a.facts.events.some((e: Row) => e.documents_signed === 11), "facts in the extraction schema");
  assert.ok(a.mentions.some((m: Row) => m.kind === "person" && a.text.slice(m.start, m.end).includes("Yermekbayev")));
  await json("/api/articles/99999", 404);
  for (const bad of ["abc", "1.5", "-3"]) assert.match((await json(`/api/articles/${bad}`, 400)).error.message, /article id/);

  const hits = await json("/api/search?q=Yermekbayev&limit=50");
  assert.ok(hits.total > 0 && hits.items.length > 0);
  assert.ok(hits.items.some((h: Row) => h.kind === "article" && h.snippet.includes("[[Yermekbayev]]")), "matches are marked");
  assert.ok(hits.items.every((h: Row) => list.items.some((x: Row) => x.id === h.articleId)), "every hit points to a stored article");
  assert.equal((await json("/api/search?q=Yermekbayev&limit=1")).items.length, 1);
});

test("every bad parameter is a 400 naming it; unknown parameters too", async () => {
  const cases: [string, RegExp][] = [
    ["/api/events?year=abc", /year must be a 4-digit year, got "abc"/],
    ["/api/events?year=18", /year/], ["/api/events?from=May", /from/], ["/api/events?to=2018-13", /to/],
    ["/api/events?from=2018-02-30", /from/], ["/api/events?limit=0", /limit/], ["/api/events?limit=1001", /limit/],
    ["/api/events?limit=ten", /limit/], ["/api/events?offset=-1", /offset/], ["/api/events?colour=red", /unknown parameter "colour"/],
    ["/api/export/events.csv?year=x", /year/], ["/api/export/network.graphml?sort=1", /sort/],
    ["/api/reports/events?article=x", /article/], ["/api/reports/people?year=twenty", /year/], ["/api/quotes?limit=-5", /limit/],
    ["/api/topics?by=month", /by must be one of year, all/], ["/api/people?limit=0", /limit/], ["/api/articles?year=20x", /year/],
    ["/api/search", /q is required/], [`/api/search?q=${"x".repeat(201)}`, /q is too long/], ["/api/conflicts?x=1", /unknown parameter "x"/],
    ["/api/offices?name=x", /unknown parameter "name"/], ["/api/events/seed-000%230?year=2018", /unknown parameter "year"/],
  ];
  for (const [url, message] of cases) {
    const body = await json(url, 400);
    assert.equal(body.error.status, 400, url);
    assert.equal(body.error.code, "E_VALIDATION", url);
    assert.match(body.error.message, message, url);
  }
  assert.equal((await json("/api/no-such-route", 404)).error.status, 404);
});

test("the export formats carry the right types and file names and the same events as /api/events", async () => {
  const page = await json("/api/events?org=CSTO&year=2018&limit=1000");
  const formats = [
    ["events.csv", /^text\/csv; charset=utf-8/], ["events.jsonl", /^application\/x-ndjson/],
    ["events.jsonld", /^application\/ld\+json/], ["network.graphml", /^application\/graphml\+xml/],
  ] as const;
  const bodies: Record<string, string> = {};
  for (const [file, type] of formats) {
    const r = await get(`/api/export/${file}?org=CSTO&year=2018`);
    assert.equal(r.status, 200, file);
    assert.match(r.headers.get("content-type") ?? "", type, file);
    assert.equal(r.headers.get("content-disposition"), `attachment; filename="${file}"`);
    bodies[file] = r.body;
  }
  const csv = parseCsv(bodies["events.csv"]!);
  assert.deepEqual(csv[0]?.slice(0, 4), ["id", "kind", "status", "org"]);
  assert.equal(csv.length - 1, page.total);
  const head = csv[0]!;
  const astanaRow = csv.find((r) => r[0] === ASTANA)!;
  const cell = (name: string) => astanaRow[head.indexOf(name)];
  assert.equal(cell("chair"), "Nurlan Yermekbayev");
  assert.equal(cell("documents_signed"), "11");
  assert.equal(cell("sources"), "seed-000; seed-004");

  const lines = bodies["events.jsonl"]!.trimEnd().split("\n").map((l) => JSON.parse(l) as Row);
  assert.deepEqual(lines.map((e) => e.key), page.items.map((e: Row) => e.key));

  const ld = JSON.parse(bodies["events.jsonld"]!);
  assert.equal(ld["@context"], "https://schema.org");
  const byId = new Map<string, Row>(ld["@graph"].map((n: Row) => [n["@id"], n]));
  const events = ld["@graph"].filter((n: Row) => n["@type"] === "Event");
  assert.equal(events.length, page.total);
  const ev = events.find((n: Row) => n["@id"].endsWith(`/api/events/${encodeURIComponent(ASTANA)}`));
  assert.deepEqual([ev.startDate, ev.endDate], ["2018-05-23", "2018-05-24"]);
  assert.deepEqual([ev.location["@type"], ev.location.address.addressLocality, ev.location.address.addressCountry], ["Place", "Astana", "Kazakhstan"]);
  assert.equal(ev.organizer["@type"], "Organization");
  assert.deepEqual(ev.subjectOf.map((s: Row) => s.identifier).sort(), ["seed-000", "seed-004"]);
  const attendees = ev.attendee.map((ref: Row) => byId.get(ref["@id"]));
  assert.ok(attendees.length > 0 && attendees.every((p: Row | undefined) => p?.["@type"] === "Person"), "attendees resolve to Person nodes");
  const yermekbayev = attendees.find((p: Row) => p.name === "Nurlan Yermekbayev");
  assert.ok(yermekbayev.jobTitle.includes("Secretary of the Security Council of Kazakhstan"));
  assert.ok(yermekbayev.hasOccupation.every((o: Row) => o["@type"] === "Occupation"));

  const graph = parseXml(bodies["network.graphml"]!);
  const nodes = graph.elements.filter((e) => e.name === "node");
  const typeOf = new Map(nodes.map((n) => [n.attrs.id!, n.data.type]));
  assert.equal(nodes.filter((n) => n.data.type === "event").length, page.total);
  const chair = nodes.find((n) => n.data.type === "person" && n.data.label === "Nurlan Yermekbayev")!;
  const astana = nodes.find((n) => n.data.ref === ASTANA)!;
  assert.equal(astana.data.date, "2018-05-23");
  const edges = graph.elements.filter((e) => e.name === "edge");
  assert.ok(edges.every((e) => typeOf.get(e.attrs.source!) === "person" && typeOf.get(e.attrs.target!) === "event"), "edges go person → event");
  assert.ok(edges.some((e) => e.attrs.source === chair.attrs.id && e.attrs.target === astana.attrs.id && e.data.role === "chaired"));
});

test("ingest: 403 when off, 401 without the right token, then 202 with a job, and the article shows up everywhere", async () => {
  const own = await openStore(join(tempDir(), "ingest.db"));
  try {
    const on = createApp({ store: own, token: TOKEN, maxBodyBytes: LIMIT });
    const off = createApp({ store: own, token: null, maxBodyBytes: LIMIT });
    const text = "June 2, 2026\n\nThe CSTO Council of Defence Ministers met in Bishkek on June 2, 2026. The ministers signed 4 documents.";
    const post = (a: Hono, headers: Record<string, string>, body: BodyInit) => a.request("/api/articles", { method: "POST", headers, body });
    const asJson = (extra: Record<string, string> = {}) => ({ "content-type": "application/json", ...extra });
    const bearer = (t: string) => asJson({ authorization: `Bearer ${t}` });
    const status = async (r: Response | Promise<Response>) => (await r).status;

    assert.equal(await status(post(off, bearer(TOKEN), JSON.stringify({ text }))), 403);
    assert.equal(await status(post(on, asJson(), JSON.stringify({ text }))), 401);
    assert.equal(await status(post(on, bearer("wrong-token!"), JSON.stringify({ text }))), 401);
    assert.equal(await status(post(on, asJson({ authorization: TOKEN }), JSON.stringify({ text }))), 401, "the Bearer scheme is required");
    const invalid: [string, RegExp][] = [
      ["{not json", /not valid JSON/], ["{}", /text is required/], [JSON.stringify({ text: 42 }), /text/],
      [JSON.stringify({ text, url: 5 }), /url must be a string/], [JSON.stringify({ articles: [] }), /articles/], ["[1]", /text is required/],
    ];
    for (const [body, message] of invalid) {
      const r = await post(on, bearer(TOKEN), body);
      assert.equal(r.status, 400, body);
      assert.match(((await r.json()) as Row).error.message, message, body);
    }
    assert.equal(await status(post(on, { "content-type": "text/plain", authorization: `Bearer ${TOKEN}` }, text)), 415);
    assert.equal((await json("/api/articles", 200, on)).total, 0, "nothing refused was stored");

    const job = await finishedJob(on, await post(on, bearer(TOKEN), JSON.stringify({ text, name: "bishkek-cdm.txt", outlet: "Test Wire", published: "2026-06-02" })));
    const [result] = job.results;
    assert.equal(result?.status, "added");
    const again = await finishedJob(on, await post(on, bearer(TOKEN), JSON.stringify({ articles: [{ text }] })));
    assert.deepEqual([again.results[0]?.status, again.added], ["existing", 0], "the same text again adds nothing");

    const list = await json("/api/articles?outlet=Test%20Wire", 200, on);
    assert.deepEqual(list.items.map((a: Row) => a.id), [result?.articleId]);
    const article = await json(`/api/articles/${result?.articleId}`, 200, on);
    assert.equal(article.text, text);
    const events = await json("/api/events?year=2026", 200, on);
    assert.ok(events.items.some((e: Row) => e.city === "Bishkek" && e.documentsSigned === 4 && slugs(e.sources).includes(article.slug)));

    const form = new FormData();
    form.append("token", TOKEN);
    form.append("text", "May 5, 2026\n\nThe CSTO Council of Foreign Ministers met in Minsk on May 5, 2026.");
    form.append("files", new File(["April 9, 2026\n\nThe CSTO Collective Security Council met in Moscow on April 9, 2026."], "moscow.txt"));
    const multi = await finishedJob(on, await on.request("/api/articles", { method: "POST", body: form }));
    assert.deepEqual(multi.results.map((r) => r.status), ["added", "added"], "the token may come as a form field");
    assert.equal((await json("/api/articles", 200, on)).total, 3);
    const wrong = new FormData();
    wrong.append("token", "nope");
    wrong.append("text", "x");
    assert.equal((await on.request("/api/articles", { method: "POST", body: wrong })).status, 401);
  } finally {
    await own.close();
  }
});

test("a body over the limit is a 413 before anything is stored", async () => {
  const r = await app.request("/api/articles", {
    method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ text: "x".repeat(LIMIT + 1) }),
  });
  assert.equal(r.status, 413);
  assert.equal(((await r.json()) as Row).error.status, 413);
  assert.equal((await json("/api/articles")).total, 5);
});

test("hostile text from an ingested article stays data in CSV and GraphML", async () => {
  const own = await openStore(join(tempDir(), "hostile.db"));
  try {
    const on = createApp({ store: own, token: TOKEN, maxBodyBytes: LIMIT });
    const name = "=1+1 & <b>A&B</b>";
    const text = `June 3, 2026\n\nThe CSTO held a joint exercise codenamed "${name}" near Bishkek on June 3, 2026.`;
    const posted = await on.request("/api/articles", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ text }) });
    assert.equal((await finishedJob(on, posted)).added, 1);
    const [event] = (await json("/api/events", 200, on)).items;
    assert.equal(event.name, name, "the extractor keeps the name as written");

    const csv = parseCsv((await get("/api/export/events.csv", on)).body);
    const nameCell = csv[1]?.[csv[0]!.indexOf("name")];
    assert.equal(nameCell, `'${name}`, "a formula cell gets a leading apostrophe");
    assert.ok(csv.slice(1).flat().every((c) => !/^[=+\-@]/.test(c)), "no cell starts a formula");

    const gml = (await get("/api/export/network.graphml", on)).body;
    assert.ok(!gml.includes("<b>") && gml.includes("&lt;b&gt;A&amp;B&lt;/b&gt;"));
    const node = parseXml(gml).elements.find((e) => e.data.type === "event");
    assert.equal(node?.data.label, `CSTO ${name}`, "the escaped label reads back as the original text");
  } finally {
    await own.close();
  }
});

test("/openapi.json documents exactly the /api routes the app serves, and its parameters are the ones validated", async () => {
  const doc = await json("/openapi.json");
  assert.equal(doc.openapi, "3.1.0");
  assert.ok(doc.components.schemas.Error.properties.error);
  const served = app.routes.filter((r) => r.path.startsWith("/api/") && r.method !== "ALL").map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
  const documented = Object.entries(doc.paths as Record<string, Row>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
  assert.deepEqual([...new Set(documented)].sort(), [...new Set(served)].sort());
  assert.ok(served.length >= 21);

  // A real job to read: the seed text again, which is already stored, so the store does not change.
  const seed = readFileSync(join(EXAMPLES, "seed-000.txt"), "utf8");
  const posted = await app.request("/api/articles", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ text: seed }) });
  const job = await finishedJob(app, posted);
  assert.equal(job.existing, 1);
  const samples: Record<string, string> = { key: encodeURIComponent(ASTANA), id: "1" };
  const person = (await json("/api/people?q=Yermekbayev")).items[0];
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Row>)) {
    for (const [method, op] of Object.entries(ops as Record<string, Row>)) {
      assert.ok(op.summary && op.responses["400"]?.content["application/json"].schema.$ref === "#/components/schemas/Error", `${method} ${path}`);
      for (const p of op.parameters) assert.ok(p.name && ["query", "path"].includes(p.in) && typeof p.required === "boolean" && p.schema, `${path} ${p.name}`);
      if (method !== "get") continue;
      // Every documented parameter, given a value its schema allows, must be accepted: the document cannot drift from validation.
      const query = new URLSearchParams(op.parameters.filter((p: Row) => p.in === "query").map((p: Row) => [p.name, sample(p.schema)]));
      const url = path.replace(/\{(\w+)\}/g, (_, n: string) => (path.startsWith("/api/people/") ? encodeURIComponent(person.key) : path.startsWith("/api/jobs/") ? job.id : samples[n]!));
      const r = await get(`${url}?${query}`);
      assert.ok(r.status === 200, `${url}?${query}: ${r.status} ${r.body.slice(0, 200)}`);
    }
  }
});

function sample(schema: Row): string {
  if (schema.enum) return schema.enum[0];
  if (schema.type === "integer") return String(schema.minimum === 1900 ? 2018 : (schema.minimum ?? 1));
  if (schema.pattern) return "2018";
  return "x";
}

/** RFC 4180: quoted fields may hold commas, newlines and doubled quotes; rows end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), i++;
        else if (text[i] === '"') break;
        else cell += text[i];
      }
      i++;
    } else while (i < text.length && text[i] !== "," && text[i] !== "\r") cell += text[i++];
    row.push(cell);
    if (text[i] === ",") i++;
    else {
      assert.equal(text.slice(i, i + 2), "\r\n", `row ${rows.length + 1} ends with CRLF`);
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  /** GraphML <data key="k">text</data> children, decoded. */
  data: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => {
  assert.doesNotMatch(s, /&(?!(?:amp|lt|gt|quot|apos);)/, `bare & in ${s}`);
  return s.replace(/&(\w+);/g, (_, e: string) => ENTITIES[e]!);
};

/** A strict little XML reader: balanced tags, quoted attributes, no bare & or < in text; enough for GraphML. */
function parseXml(text: string): { elements: XmlElement[] } {
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: XmlElement[] = [];
  const elements: XmlElement[] = [];
  let roots = 0;
  let dataKey: string | null = null;
  for (const [token] of body.matchAll(/<[^<>]*>|[^<>]+|[<>]/g)) {
    if (!token.startsWith("<")) {
      assert.doesNotMatch(token, /[<>]/, "no bare < or > outside tags");
      const t = decode(token);
      if (dataKey && stack.length > 1) stack[stack.length - 2]!.data[dataKey] = t;
      else assert.equal(t.trim(), "", `stray text ${t}`);
      continue;
    }
    if (token.startsWith("</")) {
      const open = stack.pop();
      assert.equal(open?.name, token.slice(2, -1).trim(), `closing ${token}`);
      dataKey = null;
      continue;
    }
    const m = /^<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
    assert.ok(m, `malformed tag ${token}`);
    const attrs = Object.fromEntries([...m[2]!.matchAll(/([\w:.-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, decode(v!)]));
    const el: XmlElement = { name: m[1]!, attrs, data: {} };
    if (!stack.length) roots++;
    elements.push(el);
    if (m[3]) continue;
    stack.push(el);
    dataKey = el.name === "data" ? (attrs.key ?? null) : null;
    if (dataKey && stack.length > 1) stack[stack.length - 2]!.data[dataKey] = "";
  }
  assert.equal(stack.length, 0, "every element is closed");
  assert.equal(roots, 1, "one root element");
  return { elements };
}
