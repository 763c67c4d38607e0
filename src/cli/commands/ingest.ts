import type { Command } from "commander";
import type { BatchSummary, ingestBatch } from "../../batch.ts";
import { Progress } from "../progress.ts";
import { int, withDb } from "../options.ts";
import { storeModule, withStore } from "../with-store.ts";
import { defaultJobs } from "../../jobs/extract-pool.ts";
import { UsageError } from "../../errors.ts";

export function registerIngest(program: Command): void {
  withDb(program.command("ingest"))
    .description("read text, HTML pages, JSON Lines, RSS/Atom feeds and WARC archives (or .gz of each), folders recursively; extract their facts and store them")
    .argument("<paths...>", "files or folders")
    .option("--max-mb <n>", "skip files (JSON Lines: records) larger than n megabytes", "10")
    .option("--jobs <n>", "extraction threads (one more thread writes)", String(defaultJobs()))
    .option("--queue", "PostgreSQL: only enqueue the articles; `communique worker` processes (on any machine)")
    .option("--job-timeout <s>", "with --queue: seconds a job may run before it is retried (its worker died)", "600")
    .option("--quiet", "no progress bar")
    .action(async (paths: string[], opts: { db: string; maxMb: string; jobs: string; jobTimeout: string; queue?: boolean; quiet?: boolean }) => {
      const maxBytes = int("--max-mb", opts.maxMb, { min: 1, max: 4096 }) * 1024 * 1024;
      if (opts.queue) return enqueue(opts.db, paths, maxBytes, int("--job-timeout", opts.jobTimeout, { min: 1, max: 86_400 }));
      const jobs = int("--jobs", opts.jobs, { min: 1, max: 256 });
      const summary = await withStore(opts.db, (store) => runIngest(store, paths, { maxBytes, jobs, quiet: Boolean(opts.quiet) }));
      process.stdout.write(`${summaryLine(summary)}\n`);
      if (summary.failed > 0) process.exitCode = 1;
    });
}

async function enqueue(db: string, paths: string[], maxBytes: number, jobTimeout: number): Promise<void> {
  if (!(await storeModule()).isPostgresUrl(db)) throw new UsageError("--queue needs a PostgreSQL store: --db postgres://...");
  // The store is created (migrated) here, so that workers started at once find it ready.
  await withStore(db, async () => undefined);
  // Loaded here: the queue (pg-boss) is not needed to start any other command.
  const [{ openQueue }, { enqueueInputs }] = await Promise.all([import("../../queue/boss.ts"), import("../../queue/enqueue.ts")]);
  const boss = await openQueue({ url: db, jobTimeout, configure: true });
  try {
    const r = await enqueueInputs(boss, paths, { maxBytes, onError: (e) => process.stderr.write(`error: ${e.message} [${e.code}]\n`) });
    process.stdout.write(`queued ${r.queued} articles, ${r.failed} failed; run \`communique worker --db ...\` to process them\n`);
    if (r.failed > 0) process.exitCode = 1;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Ingest with a progress bar and one error line per bad input, as both `ingest` and `demo` show it. */
export async function runIngest(
  store: Parameters<typeof ingestBatch>[0],
  paths: string[],
  opts: { maxBytes?: number; jobs?: number; quiet: boolean },
): Promise<BatchSummary> {
  // Loaded when run, not when registered (help loads every command).
  const [{ ingestBatch }, { countInputs }] = await Promise.all([import("../../batch.ts"), import("../../ingest/index.ts")]);
  // Counting walks the inputs once before reading them: only worth it when a bar is drawn.
  const progress = opts.quiet || !process.stderr.isTTY ? null : new Progress(await countInputs(paths));
  return ingestBatch(store, paths, {
    ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.jobs ? { jobs: opts.jobs } : {}),
    onItem: ({ source, status, error }) => {
      if (error) {
        progress?.clear();
        process.stderr.write(`${status === "skipped" ? "warning" : "error"}: ${error.message} [${error.code}]\n`);
      }
      progress?.tick(source);
    },
  }).finally(() => progress?.clear());
}

export function summaryLine(s: BatchSummary): string {
  const secs = (s.ms / 1000).toFixed(2);
  const skipped = s.skipped ? `, ${s.skipped} skipped` : "";
  return `ingested ${s.added} new, ${s.existing} already stored, ${s.failed} failed${skipped} (${secs} s)`;
}
