// The speed figures of the issue, one line each: `bench: NAME VALUE UNIT` (targets in README, not in tests).
// Usage: npm run bench [-- --corpus FILE.jsonl(.gz)] [--ingest N] [--speedup N] [--jobs N] [--skip-ingest]
//   corpus: JSON Lines of {"id","text"}; default ../shared/data/bbc-news/bbc-news.jsonl.gz (2,225 BBC articles)
//   --ingest N: articles streamed into a fresh SQLite store (the corpus replicated under distinct ids), default 20000
//   --speedup N: articles ingested with --jobs 1 and with --jobs 2 for the speed-up, default 2000
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import nlp from "compromise";
import { readCorpus } from "./bench-corpus.ts";
import { buildIsFresh } from "./build-fresh.mjs";

// Commands run from the compiled build; make it if the sources changed since (the figures are for the build).
if (!buildIsFresh()) spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
const { rateBetween, timedIngestChild, RUNS_FROM } = await import("./bench-ingest.ts");
// Extraction, too, as the commands run it: from the build (the sources through tsx carry the loader's own costs).
const { processArticle } = (await import(buildIsFresh() ? "../dist/pipeline.js" : "../src/pipeline.ts")) as typeof import("../src/pipeline.ts");

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: "../shared/data/bbc-news/bbc-news.jsonl.gz" },
    ingest: { type: "string", default: "20000" },
    speedup: { type: "string", default: "2000" },
    jobs: { type: "string", default: String(availableParallelism()) },
    "skip-ingest": { type: "boolean", default: false },
  },
});
const base = await readCorpus(resolve(values.corpus!));
if (!base.length) {
  console.log(`bench: skipped, corpus not found: ${resolve(values.corpus!)} (give one with --corpus FILE.jsonl[.gz])`);
  process.exit(0);
}
const line = (name: string, value: number, unit: string) => console.log(`bench: ${name} ${value.toFixed(value >= 100 ? 0 : 2)} ${unit}`);
console.log(`bench: corpus ${base.length} articles; ${availableParallelism()} cores; node ${process.version}; extraction and ingest from ${RUNS_FROM}`);

// Extraction on one core, and compromise's entity pass (people, places, organizations) on the same articles: each
// warmed up (JIT), then two timed passes each in turn (extraction, compromise, extraction, compromise), the faster
// pass of each counted, so that a burst of load on the machine during one pass weighs on neither figure. (Batches
// alternated more finely make one library pay for the other's garbage collections.)
const entities = (text: string) => {
  const doc = nlp(text);
  return doc.people().out("array").length + doc.places().out("array").length + doc.organizations().out("array").length;
};
for (const r of base.slice(0, 200)) processArticle({ id: r.id, source: "bench", text: r.text });
for (const r of base.slice(0, 50)) entities(r.text);
let best: { ms: number; times: number[] } | null = null;
let compromiseMs = Infinity;
for (let pass = 0; pass < 2; pass++) {
  const times: number[] = [];
  const t0 = performance.now();
  for (const r of base) {
    const s = performance.now();
    processArticle({ id: r.id, source: "bench", text: r.text });
    times.push(performance.now() - s);
  }
  const ms = performance.now() - t0;
  if (!best || ms < best.ms) best = { ms, times };
  const c0 = performance.now();
  for (const r of base) entities(r.text);
  compromiseMs = Math.min(compromiseMs, performance.now() - c0);
}
const extractRate = base.length / (best!.ms / 1000);
const compromiseRate = base.length / (compromiseMs / 1000);
const times = best!.times.sort((a, b) => a - b);
line("extract_rate", extractRate, "articles/s");
line("extract_p95_ms", times[Math.floor(0.95 * times.length)]!, "ms");
line("extract_max_ms", times[times.length - 1]!, "ms");
line("compromise_rate", compromiseRate, "articles/s");
line("extract_vs_compromise", extractRate / compromiseRate, "x");

if (!values["skip-ingest"]) {
  const n = Number(values.ingest);
  const corpus = resolve(values.corpus!);
  const run = await timedIngestChild(corpus, n, Number(values.jobs));
  const tenth = Math.floor(run.count / 10);
  // The last few hundred articles are written from what extraction had queued ahead (a drain, faster than the
  // steady state): the last tenth is taken just before them.
  const drain = Math.min(250, Math.floor(tenth / 2));
  const first = rateBetween(run, 0, tenth);
  const last = rateBetween(run, run.count - tenth - drain, run.count - drain);
  line("ingest_rate_first", first, "articles/s");
  line("ingest_rate_last", last, "articles/s");
  line("ingest_growth", last / first, "x");
  line("ingest_peak_rss_mb", run.peakRssMb, `MB (${run.count} articles streamed, --jobs ${values.jobs}, the ingest process alone)`);
  const m = Number(values.speedup);
  const one = await timedIngestChild(corpus, m, 1);
  const two = await timedIngestChild(corpus, m, 2);
  line("ingest_jobs_speedup", one.secs / two.secs, `x (${m} articles: --jobs 1 ${(m / one.secs).toFixed(0)}/s, --jobs 2 ${(m / two.secs).toFixed(0)}/s)`);
}

// Start-up: `communique extract` of one file, as a user runs it, from the compiled build (forced: on a tree being
// edited the build may be older than the sources by now).
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  spawnSync(process.execPath, ["bin/communique.mjs", "extract", "examples/seed-000.txt"], { stdio: "ignore", env: { ...process.env, COMMUNIQUE_FROM_SOURCE: "0" } });
  runs.push(performance.now() - s);
}
runs.sort((a, b) => a - b);
line("cold_start_ms", runs[2]!, "ms (median of 5)");
