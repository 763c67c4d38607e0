// Scaling figures: articles/s into SQLite with --jobs 1 and --jobs 2, and into PostgreSQL with 1 and 2 workers
// (`communique worker` processes on a queue filled by `ingest --queue`). Skips what it cannot reach.
// Usage: npm run bench:scale [-- --corpus FILE.jsonl(.gz)] [--sqlite N] [--pg N] [--pg-url URL]
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { readCorpus, writeCorpus } from "./bench-corpus.ts";
import { timedIngest } from "./bench-ingest.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: "../shared/data/bbc-news/bbc-news.jsonl.gz" },
    sqlite: { type: "string", default: "2000" },
    pg: { type: "string", default: "600" },
    "pg-url": { type: "string", default: process.env.COMMUNIQUE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test" },
  },
});
const base = await readCorpus(resolve(values.corpus!));
if (!base.length) {
  console.log(`bench: skipped, corpus not found: ${resolve(values.corpus!)}`);
  process.exit(0);
}
const line = (name: string, value: number, unit: string) => console.log(`bench: ${name} ${value.toFixed(value >= 100 ? 0 : 2)} ${unit}`);

const n = Number(values.sqlite);
for (const jobs of n > 0 ? [1, 2] : []) {
  const run = await timedIngest(base, n, { jobs });
  line(`sqlite_jobs_${jobs}`, run.count / run.secs, `articles/s (${run.count} articles)`);
}

const admin = new pg.Client({ connectionString: values["pg-url"], connectionTimeoutMillis: 3000 });
try {
  await admin.connect();
} catch {
  console.log(`bench: PostgreSQL skipped, not reachable at ${values["pg-url"]}`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), "communique-bench-"));
const file = join(dir, "corpus.jsonl");
const m = Number(values.pg);
await writeCorpus(base, file, m);
const cli = (args: string[]) => spawnSync(process.execPath, ["bin/communique.mjs", ...args], { encoding: "utf8" });
for (const workers of [1, 2]) {
  const schema = `communique_bench_${randomBytes(3).toString("hex")}`;
  const url = `${values["pg-url"]}?schema=${schema}`;
  try {
    const q = cli(["ingest", "--queue", file, "--db", url]);
    if (q.status !== 0) throw new Error(q.stderr);
    const t0 = performance.now();
    const procs = Array.from({ length: workers }, () =>
      spawn(process.execPath, ["bin/communique.mjs", "worker", "--db", url, "--concurrency", "1", "--once"], { stdio: "ignore" }));
    await Promise.all(procs.map((p) => new Promise((r) => p.on("exit", r))));
    const secs = (performance.now() - t0) / 1000;
    const stored = Number((await admin.query(`SELECT count(*) AS n FROM "${schema}".articles`)).rows[0].n);
    line(`pg_workers_${workers}`, stored / secs, `articles/s (${stored} articles, worker start-up included)`);
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_jobs" CASCADE`);
  }
}
await admin.end();
rmSync(dir, { recursive: true, force: true });
