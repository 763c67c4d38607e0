// The API's edges: the same input checks as the CLI (declared charsets, real dates), 405 with Allow, the Bearer
// scheme in any case, distinct names for posted articles, no server paths, static files by allow-list, and export
// URLs from the configured base URL, never from the Host header.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Hono } from "hono";
import { createApp } from "../src/server/app.ts";
import { ROUTES } from "../src/server/rest/index.ts";
import type { Store } from "../src/store/types.ts";
import { finishedJob, seededApp } from "./api-helpers.ts";
import { EXAMPLES } from "./helpers.ts";

const TOKEN = "input-test-token";
let store: Store;
let app: Hono;

before(async () => {
  ({ store, app } = await seededApp(TOKEN));
});
after(async () => store?.close());

const auth = { authorization: `Bearer ${TOKEN}` };
const postJson = (body: string, type = "application/json", headers: Record<string, string> = auth) =>
  app.request("/api/articles", { method: "POST", headers: { "content-type": type, ...headers }, body });
const postForm = (form: FormData) => app.request("/api/articles", { method: "POST", headers: auth, body: form });
const errorOf = async (r: Response) => ((await r.json()) as { error: { status: number; code: string; message: string } }).error;
const total = async () => ((await (await app.request("/api/articles")).json()) as { total: number }).total;
// "Café in Almaty" style text with letters outside ASCII, as Latin-1 bytes (é = 0xE9, à = 0xE0).
const FRENCH = "March 3, 2026\n\nLe Conseil de la CSTO s'est réuni à Erevan le 3 mars 2026. Le secrétaire général a salué l'accord.";
const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

test("a wrong method on a known API path is a 405 that says what is allowed; OPTIONS lists it", async () => {
  for (const [method, path, allow] of [["PUT", "/api/events", "GET, HEAD"], ["DELETE", "/api/articles", "GET, HEAD, POST"], ["PATCH", "/api/events/x%230", "GET, HEAD"], ["POST", "/api/quotes", "GET, HEAD"]] as const) {
    const r = await app.request(path, { method });
    assert.equal(r.status, 405, `${method} ${path}`);
    assert.equal(r.headers.get("allow"), allow);
    assert.deepEqual(await errorOf(r), { status: 405, code: "E_METHOD", message: `${method} is not allowed here (allowed: ${allow})` });
  }
  const options = await app.request("/api/events", { method: "OPTIONS" });
  assert.deepEqual([options.status, options.headers.get("allow")], [204, "GET, HEAD"]);
  assert.equal((await app.request("/api/no-such-route", { method: "PUT" })).status, 404, "an unknown path stays a 404");
});

test("the Bearer scheme is case-insensitive; the token itself is not", async () => {
  const text = "April 1, 2026\n\nThe CSTO Council of Foreign Ministers met in Dushanbe on April 1, 2026.";
  const lower = await postJson(JSON.stringify({ text }), "application/json", { authorization: `bearer ${TOKEN}` });
  assert.equal((await finishedJob(app, lower)).added, 1);
  assert.equal((await postJson(JSON.stringify({ text }), "application/json", { authorization: `BEARER ${TOKEN.toUpperCase()}` })).status, 401);
});

test("an impossible published date is a 400 naming the field, and nothing is stored", async () => {
  const before = await total();
  for (const published of ["2026-02-31", "2026-13-01", "yesterday"]) {
    const r = await postJson(JSON.stringify({ articles: [{ text: "Some text about the CSTO." }, { text: "More text.", published }] }));
    assert.equal(r.status, 400, published);
    const err = await errorOf(r);
    assert.equal(err.code, "E_VALIDATION");
    assert.match(err.message, new RegExp(`article 1: published .*"${published}"`));
  }
  assert.equal(await total(), before);
});

test("a Latin-1 upload is converted by its declared charset, refused without one, never stored with U+FFFD", async () => {
  const undeclared = new FormData();
  undeclared.append("files", new File([latin1(FRENCH)], "erevan.txt", { type: "text/plain" }));
  const refused = await postForm(undeclared);
  assert.equal(refused.status, 400);
  const err = await errorOf(refused);
  assert.equal(err.code, "E_INPUT_ENCODING");
  assert.match(err.message, /erevan\.txt: not valid UTF-8 text; declare its charset/);

  const mixed = new FormData();
  mixed.append("files", new File([latin1(FRENCH)], "erevan.txt", { type: "text/plain" }));
  mixed.append("files", new File([latin1(FRENCH)], "erevan-declared.txt", { type: "text/plain; charset=ISO-8859-1" }));
  const job = await finishedJob(app, await postForm(mixed));
  assert.deepEqual(job.results.map((r) => [r.name, r.status, r.code ?? null]), [["erevan.txt", "failed", "E_INPUT_ENCODING"], ["erevan-declared.txt", "added", null]]);
  const stored = (await (await app.request(`/api/articles/${job.results[1]!.articleId}`)).json()) as { text: string };
  assert.equal(stored.text, FRENCH);
  assert.ok(!stored.text.includes("\uFFFD"));

  const cp1252 = await postJson(new TextDecoder("latin1").decode(latin1(JSON.stringify({ text: FRENCH.replace("2026", "2025") }))), "application/json; charset=windows-1252");
  assert.equal((await finishedJob(app, cp1252)).added, 1, "a JSON body is decoded by its declared charset too");
  const bad = await app.request("/api/articles", { method: "POST", headers: { "content-type": "application/json", ...auth }, body: latin1(JSON.stringify({ text: FRENCH })) });
  assert.equal(bad.status, 400, "undeclared Latin-1 JSON is refused, not read with U+FFFD");
  assert.equal((await errorOf(bad)).code, "E_INPUT_ENCODING");
});

test("posted articles get the readers' language check: a Russian article is refused with its code, the rest stored", async () => {
  const russian = "Совет министров иностранных дел ОДКБ провёл заседание в Минске. Министры обсудили положение на границах и подписали несколько документов о сотрудничестве. ".repeat(3);
  const english = "June 9, 2026\n\nThe CSTO Council of Foreign Ministers met in Minsk on June 9, 2026, and the ministers discussed border security.";
  const job = await finishedJob(app, await postJson(JSON.stringify({ articles: [{ text: russian, name: "minsk-ru.txt" }, { text: english, name: "minsk-en.txt" }] })));
  assert.deepEqual(job.results.map((r) => [r.name, r.status, r.code ?? null]), [["minsk-ru.txt", "failed", "E_INPUT_LANGUAGE"], ["minsk-en.txt", "added", null]]);
  assert.match(job.results[0]!.error!, /Russian/);
});

test("posted articles without a name get distinct names, so their event keys never collide", async () => {
  const texts = ["May 4, 2026\n\nThe CSTO Council of Defence Ministers met in Minsk on May 4, 2026.", "May 6, 2026\n\nThe CIS Council of Heads of State met in Moscow on May 6, 2026."];
  const job = await finishedJob(app, await postJson(JSON.stringify({ articles: texts.map((text) => ({ text })) })));
  const names = job.results.map((r) => r.name);
  assert.equal(new Set(names).size, 2);
  assert.ok(names.every((n) => /^posted-[0-9a-f]{10}$/.test(n)), names.join());
  const slugs = await Promise.all(job.results.map(async (r) => ((await (await app.request(`/api/articles/${r.articleId}`)).json()) as { slug: string }).slug));
  assert.notEqual(slugs[0], slugs[1]);
});

test("responses name articles by file, never by the server's folders, on every route", async () => {
  const list = (await (await app.request("/api/articles?limit=1000")).json()) as { items: { id: number; source: string }[] };
  const seed = list.items.find((a) => a.source === "seed-000.txt");
  assert.ok(seed, "the CLI-ingested example is listed by its file name");
  assert.ok(list.items.every((a) => !a.source.includes("/") && !a.source.includes("\\")));
  const one = (await (await app.request(`/api/articles/${seed.id}`)).json()) as { source: string };
  assert.equal(one.source, "seed-000.txt");
  const event = ((await (await app.request("/api/events?limit=1")).json()) as { items: { key: string }[] }).items[0]!.key;
  const person = ((await (await app.request("/api/people?limit=1")).json()) as { items: { key: string }[] }).items[0]!.key;
  for (const r of ROUTES.filter((x) => x.method === "get" && x.path !== "/jobs/:id")) {
    const path: string = `/api${r.path.replace(":id", String(seed.id)).replace(":key", encodeURIComponent(r.path.startsWith("/people") ? person : event))}${r.path === "/search" ? "?q=CSTO" : ""}`;
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
    assert.ok(!(await res.text()).includes(EXAMPLES), `${path} names no server folder`);
  }
});

test("static files come from an allow-list: prototype names are 404s, not 500s", async () => {
  assert.equal((await app.request("/static/app.css")).status, 200);
  for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "..%2Fpackage.json"]) {
    assert.equal((await app.request(`/static/${name}`)).status, 404, name);
  }
});

test("JSON-LD URLs come from the configured base URL, never from the Host header", async () => {
  const jsonld = async (a: Hono) => (await (await a.request("/api/export/events.jsonld", { headers: { host: "evil.example" } })).text());
  const based = createApp({ store, token: null, maxBodyBytes: 1000, baseUrl: "https://kb.example.org", allowHosts: ["evil.example"] });
  const doc = await jsonld(based);
  assert.ok(!doc.includes("evil.example"));
  const ids = (JSON.parse(doc)["@graph"] as { "@id": string }[]).map((n) => n["@id"]);
  assert.ok(ids.length > 0 && ids.every((id) => id.startsWith("https://kb.example.org/api/")), ids[0]);
  const relative = JSON.parse(await jsonld(createApp({ store, token: null, maxBodyBytes: 1000, allowHosts: ["evil.example"] })));
  assert.ok((relative["@graph"] as { "@id": string }[]).every((n) => n["@id"].startsWith("/api/")), "without a base URL, relative URLs");
});

test("pages and the OpenAPI document answer another method with 405 and Allow too", async () => {
  for (const [method, path, allow] of [["PUT", "/", "GET, HEAD"], ["DELETE", "/openapi.json", "GET, HEAD"], ["PATCH", "/ingest", "GET, HEAD, POST"]] as const) {
    const r = await app.request(path, { method });
    assert.deepEqual([r.status, r.headers.get("allow")], [405, allow], `${method} ${path}`);
  }
});
