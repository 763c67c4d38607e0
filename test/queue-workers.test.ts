// Distributed ingest on PostgreSQL: two workers, one killed with SIGKILL midway and another started; every article is
// stored exactly once and the merged events and people equal those of a single-process SQLite ingest.
import { pgReachable } from "../src/store/postgres/test-store.ts";
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { ingestBatch } from "../src/batch.ts";
import { isNearDuplicate, shingles } from "../src/dedup/minhash.ts";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/types.ts";
import { cli, cliAsync, ROOT, tempDir } from "./helpers.ts";
import { mixedCopies, syntheticArticles, writeSynthetic, type SyntheticArticle } from "./synthetic-articles.ts";

const PG = process.env.COMMUNIQUE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const DEV = join(ROOT, "..", "shared", "eval", "dev");

/** The dev articles (or, without ../shared, generated ones) and copies mixing halves of two, under distinct ids. */
function corpus(count: number): SyntheticArticle[] {
  const base = existsSync(DEV)
    ? readdirSync(DEV).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(join(DEV, f), "utf8") }))
    : syntheticArticles(60, 3);
  // Near duplicates are linked, not merged, and which one is the original depends on the order of arrival: keep
  // only articles that are no near duplicate of an earlier one.
  const kept: { a: SyntheticArticle; sh: Set<number> }[] = [];
  for (const a of mixedCopies(base, count * 2)) {
    const sh = shingles(a.text);
    if (kept.length < count && !kept.some((k) => isNearDuplicate(k.sh, sh))) kept.push({ a, sh });
  }
  return kept.map((k) => k.a);
}

async function knowledgeOf(store: Store) {
  const src = (refs: { article: string; index: number }[]) => refs.map((r) => `${r.article}#${r.index}`).sort().join(" ");
  return {
    events: (await store.knowledge.timeline()).map((e) => `${e.key} ${e.start} ${e.city} | ${src(e.sources)}`).sort(),
    people: (await store.knowledge.people()).map((p) => `${p.key} ${p.name} | ${src(p.names.flatMap((n) => n.sources))}`).sort(),
  };
}


test("two PostgreSQL workers, one killed midway, another started: each article stored once, merged as by one process", { skip: !(await pgReachable()) && "no PostgreSQL" }, async () => {
  const dir = tempDir();
  const articles = corpus(200);
  const feed = join(dir, "feed.jsonl");
  writeSynthetic(feed, articles);

  const reference = await openStore(join(dir, "single.db"));
  const want = await (async () => {
    try {
      const s = await ingestBatch(reference, [feed]);
      assert.equal(s.failed, 0);
      // Copies linked as near duplicates would make "which one is the original" depend on the order of arrival.
      assert.equal((await reference.articles.duplicateArticles()).length, 0, "the test corpus has no near duplicates");
      return { count: s.added, ...(await knowledgeOf(reference)) };
    } finally {
      await reference.close();
    }
  })();

  const schema = `communique_qtest_${process.pid}_${randomBytes(3).toString("hex")}`;
  const url = `${PG}?schema=${schema}`;
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  const workers: ReturnType<typeof cliAsync>[] = [];
  try {
    const q = cli(["ingest", "--queue", feed, "--db", url, "--job-timeout", "4"]);
    assert.equal(q.code, 0, q.stderr);
    assert.match(q.stdout, new RegExp(`queued ${articles.length} articles`));
    // Each worker announces on stderr when it takes jobs: the SIGTERM check below is about running workers.
    const ready = new Map<ReturnType<typeof cliAsync>, Promise<void>>();
    const start = () => {
      const w = cliAsync(["worker", "--db", url, "--concurrency", "1", "--job-timeout", "4"]);
      workers.push(w);
      let err = "";
      ready.set(w, new Promise<void>((resolve) => w.stderr!.on("data", (d: Buffer) => {
        err += d.toString();
        if (err.includes("worker: taking jobs")) resolve();
      })));
      return w;
    };
    const stored = async () => Number((await admin.query(`SELECT count(*) AS n FROM "${schema}".articles`)).rows[0].n);
    const first = start();
    start();
    const deadline = Date.now() + 240_000;
    while ((await stored()) < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    first.kill("SIGKILL");
    start();
    const pending = async () => Number((await admin.query(`SELECT count(*) AS n FROM "${schema}_jobs".job WHERE name = 'communique-ingest' AND state <> 'completed'`)).rows[0].n);
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    assert.equal(await pending(), 0, "every job completed");

    const rows = (await admin.query(`SELECT count(*) AS n, count(DISTINCT hash) AS d FROM "${schema}".articles`)).rows[0];
    assert.equal(Number(rows.n), want.count);
    assert.equal(Number(rows.d), want.count);
    const store = await openStore(url);
    try {
      const got = await knowledgeOf(store);
      assert.deepEqual(got.events, want.events);
      assert.deepEqual(got.people, want.people);
    } finally {
      await store.close();
    }
    // SIGTERM: a worker stops after the jobs in hand and exits cleanly.
    const live = workers.filter((w) => w !== first);
    await Promise.all(live.map((w) => ready.get(w)));
    const codes = live.map((w) => new Promise<number | null>((r) => w.on("exit", (code) => r(code))));
    for (const w of live) w.kill("SIGTERM");
    assert.deepEqual(await Promise.all(codes), live.map(() => 0));
    const jobs = cli(["jobs", "--db", url, "--json"]);
    assert.equal(jobs.code, 0, jobs.stderr);
    assert.deepEqual(JSON.parse(jobs.stdout).dead, []);
  } finally {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGTERM");
    await Promise.all(workers.map((w) => (w.exitCode !== null || w.signalCode !== null ? undefined : new Promise((r) => w.on("exit", r)))));
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_jobs" CASCADE`);
    await admin.end();
  }
});
