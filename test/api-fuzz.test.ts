// Property test over every API route: any query parameters (known names with hostile values, unknown names), any
// path segment, any method and any POST body give an answer (never a 500), quickly, as JSON with a coded error when
// refused. fast-check finds and shrinks a failing request; runs and time are bounded.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Hono } from "hono";
import { ROUTES } from "../src/server/rest/index.ts";
import type { Store } from "../src/store/types.ts";
import { seededApp } from "./api-helpers.ts";

const TOKEN = "fuzz-test-token";
const PER_REQUEST_MS = 5_000;
let store: Store;
let app: Hono;

before(async () => {
  ({ store, app } = await seededApp(TOKEN, 100_000));
});
after(async () => store?.close());

// Values that have broken servers before: prototype names, numbers out of range, impossible dates, odd unicode.
const nasty = fc.constantFrom("", " ", "0", "-1", "1e999", "NaN", "9".repeat(30), "2018-02-30", "2018-13", "0000", "constructor", "__proto__",
  "toString", "%", "%00", "\u0000", "'; DROP TABLE articles; --", "<script>alert(1)</script>", "../../etc/passwd", "seed-000#0", "\uFFFF\uD800", "x".repeat(5000));
const value = fc.oneof(nasty, fc.string({ maxLength: 60 }), fc.string({ unit: "binary", maxLength: 30 }), fc.integer({ min: -1e6, max: 1e12 }).map(String));

/** Percent-encoding, also for lone surrogates (which encodeURIComponent refuses): as bytes that are not UTF-8. */
const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80";
  }
};

/** One request's answer, with a bound on its time: a hang fails the property instead of the whole test run. */
async function answer(url: string, init?: RequestInit): Promise<{ status: number; type: string; body: string }> {
  const res = await Promise.race([
    app.request(url, init),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${PER_REQUEST_MS} ms: ${url.slice(0, 200)}`)), PER_REQUEST_MS)),
  ]);
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: await res.text() };
}

function assertAnswered(r: { status: number; type: string; body: string }, what: string): void {
  assert.ok(r.status < 500, `${what}: ${r.status} ${r.body.slice(0, 200)}`);
  if (r.status >= 400) {
    assert.match(r.type, /^application\/json/, what);
    const err = (JSON.parse(r.body) as { error: { status: number; code: string } }).error;
    assert.equal(err.status, r.status, what);
    assert.match(err.code, /^E_[A-Z_]+$/, what);
  }
}

for (const route of ROUTES.filter((r) => r.method === "get")) {
  test(`GET /api${route.path}: any parameters give an answer, never a 500`, async () => {
    const names = [...route.params.map((p) => p.name), "unknown", "__proto__", "constructor"];
    const query = fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 5 });
    const segment = fc.oneof(value, fc.constantFrom("seed-000%230", "1", "nobody"));
    await fc.assert(
      fc.asyncProperty(query, segment, async (pairs, seg) => {
        const path = route.path.replace(/:(\w+)/g, () => enc(seg));
        const url = `/api${path}?${new URLSearchParams(pairs)}`;
        assertAnswered(await answer(url), url);
      }),
      { numRuns: 60, interruptAfterTimeLimit: 20_000 },
    );
  });
}

test("any method on any API path gives an answer, never a 500", async () => {
  const paths = fc.oneof(fc.constantFrom(...ROUTES.map((r) => r.path.replace(/:(\w+)/g, "x"))), value.map((v) => `/${enc(v)}`));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom("GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS", "POST"), paths, async (method, path) => {
      const r = await answer(`/api${path}`, { method });
      assert.ok(r.status < 500, `${method} ${path}: ${r.status}`);
    }),
    { numRuns: 150, interruptAfterTimeLimit: 20_000 },
  );
});

test("POST /api/articles: any body and content type give an answer, never a 500", async () => {
  const article = fc.record({ text: fc.oneof(value, fc.string()), name: fc.option(value), published: fc.option(value), url: fc.option(value), outlet: fc.option(fc.integer()) }, { requiredKeys: [] });
  const body = fc.oneof(
    value,
    fc.json(),
    article.map((a) => JSON.stringify(a)),
    fc.array(article, { maxLength: 3 }).map((articles) => JSON.stringify({ articles })),
    fc.uint8Array({ maxLength: 200 }),
  );
  const type = fc.constantFrom("application/json", "application/json; charset=latin1", "application/json; charset=x-nope", "text/plain", "multipart/form-data", "multipart/form-data; boundary=x", "");
  await fc.assert(
    fc.asyncProperty(body, type, async (b, t) => {
      const r = await answer("/api/articles", { method: "POST", headers: { authorization: `Bearer ${TOKEN}`, ...(t ? { "content-type": t } : {}) }, body: b });
      assertAnswered(r, `${t} ${String(b).slice(0, 100)}`);
      if (r.status === 202) assert.match(r.body, /"job"/);
    }),
    { numRuns: 150, interruptAfterTimeLimit: 30_000 },
  );
});
