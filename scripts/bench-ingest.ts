// Ingest measurements shared by bench.ts and bench-scale.ts: a replicated corpus streamed into a fresh store.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIsFresh } from "./build-fresh.mjs";
import { writeCorpus, type BenchRecord } from "./bench-corpus.ts";

// The compiled build when it is up to date (worker threads then start without compiling TypeScript), else the sources.
const lib = buildIsFresh() ? "../dist" : "../src";
const ext = lib === "../dist" ? "js" : "ts";
const { ingestBatch } = (await import(`${lib}/batch.${ext}`)) as typeof import("../src/batch.ts");
const { openStore } = (await import(`${lib}/store/open.${ext}`)) as typeof import("../src/store/open.ts");
export const RUNS_FROM = lib === "../dist" ? "the compiled build" : "the sources (tsx)";

export interface IngestRun {
  count: number;
  secs: number;
  /** Wall-clock time at which each article was committed, ms from the start. */
  at: number[];
  peakRssMb: number;
}

/** Streams `count` records of the replicated corpus (from a JSON Lines file) into a fresh SQLite store, or `db`. */
export async function timedIngest(base: BenchRecord[], count: number, opts: { jobs: number; db?: string }): Promise<IngestRun> {
  const dir = mkdtempSync(join(tmpdir(), "communique-bench-"));
  const file = join(dir, "corpus.jsonl");
  await writeCorpus(base, file, count);
  const store = await openStore(opts.db ?? join(dir, "bench.db"));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  const at: number[] = [];
  const t0 = performance.now();
  try {
    await ingestBatch(store, [file], { jobs: opts.jobs, onItem: () => at.push(performance.now() - t0) });
  } finally {
    clearInterval(sampler);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { count: at.length, secs: (performance.now() - t0) / 1000, at, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
}

/** Articles per second over the items [from, to) of a run. */
export function rateBetween(run: IngestRun, from: number, to: number): number {
  const start = from === 0 ? 0 : run.at[from - 1]!;
  return (to - from) / ((run.at[to - 1]! - start) / 1000);
}

/**
 * The same run in a fresh child process, so that its peak memory is the ingest's alone (the benchmark's own process
 * has grown its heap extracting and running compromise before).
 */
export async function timedIngestChild(corpus: string, count: number, jobs: number): Promise<IngestRun> {
  const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), corpus, String(count), String(jobs)], {
    encoding: "utf8", maxBuffer: 256 * 2 ** 20, stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out) as IngestRun;
}

// Run as a script (by timedIngestChild): CORPUS COUNT JOBS, the run as JSON on stdout.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [corpus, count, jobs] = process.argv.slice(2) as [string, string, string];
  const { readCorpus } = await import("./bench-corpus.ts");
  const run = await timedIngest(await readCorpus(corpus), Number(count), { jobs: Number(jobs) });
  process.stdout.write(JSON.stringify(run));
}
