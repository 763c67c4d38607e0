import type { Command } from "commander";
import { ingestBatch, type BatchSummary } from "../../batch.ts";
import { Progress } from "../progress.ts";
import { int, withDb } from "../options.ts";
import { withStore } from "../with-store.ts";
import { countInputs } from "../../ingest/index.ts";
import { defaultJobs } from "../../jobs/extract-pool.ts";

export function registerIngest(program: Command): void {
  withDb(program.command("ingest"))
    .description("read .txt files, folders (recursively) and JSON Lines files, extract their facts and store them")
    .argument("<paths...>", "files or folders")
    .option("--max-mb <n>", "skip files (JSON Lines: records) larger than n megabytes", "10")
    .option("--jobs <n>", "extraction threads (one more thread writes)", String(defaultJobs()))
    .option("--quiet", "no progress bar")
    .action(async (paths: string[], opts: { db: string; maxMb: string; jobs: string; quiet?: boolean }) => {
      const maxBytes = int("--max-mb", opts.maxMb, { min: 1, max: 4096 }) * 1024 * 1024;
      const jobs = int("--jobs", opts.jobs, { min: 1, max: 256 });
      const summary = await withStore(opts.db, (store) => runIngest(store, paths, { maxBytes, jobs, quiet: Boolean(opts.quiet) }));
      process.stdout.write(`${summaryLine(summary)}\n`);
      if (summary.failed > 0) process.exitCode = 1;
    });
}

/** Ingest with a progress bar and one error line per bad input, as both `ingest` and `demo` show it. */
export async function runIngest(
  store: Parameters<typeof ingestBatch>[0],
  paths: string[],
  opts: { maxBytes?: number; jobs?: number; quiet: boolean },
): Promise<BatchSummary> {
  const progress = opts.quiet ? null : new Progress(await countInputs(paths));
  return ingestBatch(store, paths, {
    ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.jobs ? { jobs: opts.jobs } : {}),
    onItem: ({ source, error }) => {
      if (error) {
        progress?.clear();
        process.stderr.write(`error: ${error.message} [${error.code}]\n`);
      }
      progress?.tick(source);
    },
  }).finally(() => progress?.clear());
}

export function summaryLine(s: BatchSummary): string {
  const secs = (s.ms / 1000).toFixed(2);
  return `ingested ${s.added} new, ${s.existing} already stored, ${s.failed} failed (${secs} s)`;
}
