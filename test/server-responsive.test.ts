// The server keeps answering while it ingests: a 1,000-article POST is queued (202) and processed off the request
// path, and every GET /api/events made meanwhile is answered within a second. A server killed mid-job finishes it
// when started again. Real `communique serve` processes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cliAsync, tempDir } from "./helpers.ts";

const TOKEN = "responsive-test-token";
const CITIES = ["Astana", "Bishkek", "Minsk", "Moscow", "Yerevan", "Dushanbe", "Tashkent", "Baku"];
const BODIES = ["Council of Foreign Ministers", "Council of Defence Ministers", "Collective Security Council", "Committee of Secretaries of Security Councils"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Starts `communique serve` with ingest on, on a free port; resolves with the process and its address. */
async function serve(db: string) {
  const server = cliAsync(["serve", "--db", db, "--port", "0", "--token", TOKEN]);
  const base = await new Promise<string>((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    server.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { server, base };
}

const post = (base: string, articles: { text: string; name: string }[]) =>
  fetch(`${base}/api/articles`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ articles }) });

/** A distinct article of about 2.4 KB, written for the test from a template: one meeting, a few sentences. */
function article(i: number): string {
  const city = CITIES[i % CITIES.length]!;
  const body = BODIES[i % BODIES.length]!;
  const month = MONTHS[i % 12]!;
  const day = 1 + (i % 27);
  const year = 2000 + (i % 25);
  const lead = `${month} ${day}, ${year}\n\nThe CSTO ${body} met in ${city} on ${month} ${day}, ${year}. The delegations signed ${2 + (i % 9)} documents on joint measures (report ${i}).`;
  const filler = ` The participants discussed regional security, border cooperation and the situation in neighbouring states in meeting number ${i}.`;
  return lead + filler.repeat(18);
}

test("during a 1,000-article POST, GET /api/events answers every request within a second", { timeout: 170_000 }, async (t) => {
  const db = join(tempDir(), "responsive.db");
  const { server, base } = await serve(db);
  try {
    const articles = Array.from({ length: 1000 }, (_, i) => ({ text: article(i), name: `bulk-${i}.txt` }));
    assert.ok(JSON.stringify(articles).length > 2_000_000, "a body of over 2 MB");
    const posted = await post(base, articles);
    assert.equal(posted.status, 202);
    const { job } = (await posted.json()) as { job: { url: string; total: number } };
    assert.equal(job.total, 1000);

    // Read while it ingests: for 20 s or until the job is done, whichever comes first.
    const slowest: number[] = [];
    let state = { status: "queued", added: 0, failed: 0 };
    const until = Date.now() + 20_000;
    while (Date.now() < until && state.status !== "done") {
      const t0 = performance.now();
      const r = await fetch(`${base}/api/events?limit=5`, { signal: AbortSignal.timeout(5_000) });
      assert.equal(r.status, 200);
      await r.json();
      slowest.push(performance.now() - t0);
      state = (await (await fetch(`${base}${job.url}`)).json()) as typeof state;
      await new Promise((res) => setTimeout(res, 100));
    }
    assert.ok(slowest.length >= 20, `${slowest.length} reads made`);
    assert.ok(state.added > 0, "the job was storing articles meanwhile");
    assert.equal(state.failed, 0);
    const worst = Math.max(...slowest);
    t.diagnostic(`${slowest.length} reads, slowest ${worst.toFixed(0)} ms, ${state.added} articles stored meanwhile (${state.status})`);
    assert.ok(worst < 1000, `the slowest of ${slowest.length} reads took ${worst.toFixed(0)} ms (${state.added} articles stored meanwhile)`);
  } finally {
    server.kill("SIGTERM");
  }
});

for (const signal of ["SIGKILL", "SIGTERM"] as const) {
  test(`a server stopped mid-job (${signal}) finishes the job when started again: no article lost, none stored twice`, { timeout: 170_000 }, async () => {
    const db = join(tempDir(), "crash.db");
    const first = await serve(db);
    const articles = Array.from({ length: 300 }, (_, i) => ({ text: article(i), name: `crash-${i}.txt` }));
    const posted = await post(first.base, articles);
    assert.equal(posted.status, 202);
    const { job } = (await posted.json()) as { job: { id: string; url: string } };
    await new Promise((res) => setTimeout(res, 1500));
    first.server.kill(signal);
    await new Promise((res) => first.server.once("exit", res));
    assert.deepEqual(readdirSync(`${db}.inbox`), [`${job.id}.json`], "the posted articles were on disk before the 202");

    const second = await serve(db);
    try {
      let state = { status: "", added: 0, existing: 0, failed: 0 };
      const until = Date.now() + 120_000;
      while (state.status !== "done" && Date.now() < until) {
        await new Promise((res) => setTimeout(res, 250));
        state = (await (await fetch(`${second.base}${job.url}`)).json()) as typeof state;
      }
      assert.equal(state.status, "done", "the job resumed under its id");
      assert.equal(state.added + state.existing, 300);
      assert.equal(state.failed, 0);
      const stored = (await (await fetch(`${second.base}/api/articles?limit=1`)).json()) as { total: number };
      assert.equal(stored.total, 300, "every article stored, once");
      assert.ok(!existsSync(join(`${db}.inbox`, `${job.id}.json`)), "the finished job left the inbox");
    } finally {
      second.server.kill("SIGTERM");
    }
  });
}
