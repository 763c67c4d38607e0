// Storing an article and merging it into the knowledge base are one unit: an ingest killed with SIGKILL at any point,
// then re-run, leaves the same articles, merged events and people as one clean run; so do two ingests at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openStore } from "../src/store/open.ts";
import { cli, cliAsync, tempDir } from "./helpers.ts";
import { syntheticArticles, writeSynthetic } from "./synthetic-articles.ts";

async function knowledgeOf(db: string) {
  const store = await openStore(db);
  try {
    const src = (refs: { article: string; index: number }[]) => refs.map((r) => `${r.article}#${r.index}`).sort().join(" ");
    return {
      articles: (await store.articles.listArticles({ limit: 10_000 })).items.map((a) => `${a.slug} ${a.hash}`).sort(),
      events: (await store.knowledge.timeline()).map((e) => `${e.key} ${e.start} ${e.city} | ${src(e.sources)}`).sort(),
      people: (await store.knowledge.people()).map((p) => `${p.key} ${p.name} | ${src(p.names.flatMap((n) => n.sources))}`).sort(),
    };
  } finally {
    await store.close();
  }
}

const stored = (db: string) => {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare("SELECT count(*) FROM articles").pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
};

/** Runs `communique ingest` and kills it with SIGKILL once `atLeast` articles are committed (or lets it finish). */
async function ingestKilled(args: string[], db: string, atLeast: number): Promise<{ killed: boolean; code: number | null }> {
  const child = cliAsync(["ingest", ...args, "--db", db, "--quiet"]);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let done = false;
  exited.then(() => (done = true));
  while (!done) {
    if (stored(db) >= atLeast) {
      child.kill("SIGKILL");
      await exited;
      return { killed: true, code: null };
    }
    await new Promise((r) => setTimeout(r, 15));
  }
  return { killed: false, code: await exited };
}

test("ingest killed with SIGKILL at several points, then re-run: the same articles, events and people as a clean run", async () => {
  const dir = tempDir();
  const feed = join(dir, "feed.jsonl");
  writeSynthetic(feed, syntheticArticles(400, 7));
  const clean = join(dir, "clean.db");
  assert.equal(cli(["ingest", feed, "--db", clean, "--jobs", "1", "--quiet"]).code, 0);

  const crashed = join(dir, "crashed.db");
  let kills = 0;
  for (const atLeast of [1, 60, 150, 260, 330]) {
    const r = await ingestKilled([feed, "--jobs", "2"], crashed, atLeast);
    if (r.killed) kills++;
    else assert.equal(r.code, 0);
  }
  assert.ok(kills >= 3, `killed ${kills} times`);
  const rerun = cli(["ingest", feed, "--db", crashed, "--quiet"]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stdout, /ingested \d+ new, \d+ already stored, 0 failed/);

  const want = await knowledgeOf(clean);
  const got = await knowledgeOf(crashed);
  assert.equal(want.articles.length, 400);
  assert.ok(want.events.length > 50 && want.events.length < 400, `${want.events.length} merged events`);
  assert.deepEqual(got.articles, want.articles);
  assert.deepEqual(got.events, want.events);
  assert.deepEqual(got.people, want.people);
});

test("two ingests of overlapping inputs on one SQLite file at once: the knowledge base of one clean run", async () => {
  const dir = tempDir();
  const articles = syntheticArticles(240, 11);
  writeSynthetic(join(dir, "a.jsonl"), articles.slice(0, 160));
  writeSynthetic(join(dir, "b.jsonl"), [...articles.slice(80)].reverse());
  writeSynthetic(join(dir, "all.jsonl"), articles);
  const clean = join(dir, "clean.db");
  assert.equal(cli(["ingest", join(dir, "all.jsonl"), "--db", clean, "--quiet"]).code, 0);

  const both = join(dir, "both.db");
  const runs = [join(dir, "a.jsonl"), join(dir, "b.jsonl")].map((f) => {
    const child = cliAsync(["ingest", f, "--db", both, "--quiet", "--jobs", "1"]);
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    return new Promise<{ code: number | null; err: string }>((resolve) => child.on("exit", (code) => resolve({ code, err })));
  });
  const results = await Promise.all(runs);
  for (const r of results) {
    // Either both succeed, or one fails loudly with a coded error: never a quiet loss.
    if (r.code !== 0) assert.match(r.err, /\[E_[A-Z_]+\]/);
  }
  assert.ok(results.some((r) => r.code === 0));
  if (results.some((r) => r.code !== 0)) return;
  const want = await knowledgeOf(clean);
  const got = await knowledgeOf(both);
  assert.deepEqual(got.articles, want.articles);
  assert.deepEqual(got.events, want.events);
  assert.deepEqual(got.people, want.people);
});
