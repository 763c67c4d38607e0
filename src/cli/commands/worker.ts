import type { Command } from "commander";
import { UsageError } from "../../errors.ts";
import { defaultJobs } from "../../jobs/extract-pool.ts";
import type PgBoss from "pg-boss";
import { int, withDb } from "../options.ts";
import { storeModule, withStore } from "../with-store.ts";

export function registerWorker(program: Command): void {
  withDb(program.command("worker"))
    .description("take ingest jobs from the PostgreSQL queue (filled by `ingest --queue`) until stopped; run on any machine that reaches the database")
    .option("--concurrency <n>", "jobs processed at once, each extraction in its own thread", String(defaultJobs()))
    .option("--job-timeout <s>", "the queue's job timeout (set by `ingest --queue`), for how often expired jobs are looked for", "600")
    .option("--once", "stop when the queue is empty instead of waiting for more jobs")
    .action(async (flags: { db: string; concurrency: string; jobTimeout: string; once?: boolean }) => {
      // Listened for before anything starts: a SIGTERM while the worker is still connecting stops it cleanly too,
      // instead of killing it.
      let requestStop!: () => void;
      const stopRequested = new Promise<void>((resolve) => (requestStop = resolve));
      process.once("SIGTERM", () => requestStop());
      process.once("SIGINT", () => requestStop());
      if (!(await storeModule()).isPostgresUrl(flags.db)) throw new UsageError("worker needs a PostgreSQL store: --db postgres://...");
      const concurrency = int("--concurrency", flags.concurrency, { min: 1, max: 256 });
      const jobTimeout = int("--job-timeout", flags.jobTimeout, { min: 1, max: 86_400 });
      // Loaded here: the queue (pg-boss) is not needed to start any other command.
      const [{ openQueue, QUEUE }, { runWorker }] = await Promise.all([import("../../queue/boss.ts"), import("../../queue/worker.ts")]);
      await withStore(flags.db, async (store) => {
        const boss = await openQueue({ url: flags.db, jobTimeout });
        let done = 0;
        const worker = await runWorker(boss, store, { concurrency, onJob: () => done++ });
        process.stderr.write(`worker: taking jobs (concurrency ${concurrency}); SIGTERM or Ctrl-C stops after the jobs in hand\n`);
        await new Promise<void>((resolve) => {
          void stopRequested.then(resolve);
          if (flags.once) void untilEmpty(boss, QUEUE).then(resolve);
        });
        await worker.stop();
        process.stdout.write(`worker: ${done} jobs done\n`);
      });
    });
}

/** Resolves once no ingest job is waiting or running. */
async function untilEmpty(boss: PgBoss, queue: string): Promise<void> {
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const waiting = await boss.getQueueSize(queue, { before: "completed" });
    if (waiting === 0) return;
  }
}
