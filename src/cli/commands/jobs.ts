import type { Command } from "commander";
import { UsageError } from "../../errors.ts";
import { withDb } from "../options.ts";
import { storeModule } from "../with-store.ts";

export function registerJobs(program: Command): void {
  withDb(program.command("jobs"))
    .description("the PostgreSQL ingest queue: jobs by state, and the dead-letter list (jobs that failed every retry)")
    .option("--json", "print JSON")
    .action(async (flags: { db: string; json?: boolean }) => {
      if (!(await storeModule()).isPostgresUrl(flags.db)) throw new UsageError("jobs needs a PostgreSQL store: --db postgres://...");
      const [{ openQueue, queueSchema }, { queueStatus }] = await Promise.all([import("../../queue/boss.ts"), import("../../queue/status.ts")]);
      const boss = await openQueue({ url: flags.db });
      try {
        const status = await queueStatus(boss, queueSchema(flags.db));
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
          return;
        }
        const states = Object.entries(status.states).map(([s, n]) => `${s} ${n}`).join(", ");
        process.stdout.write(`jobs: ${states || "none"}\n`);
        process.stdout.write(`dead letters: ${status.dead.length}\n`);
        for (const d of status.dead) process.stdout.write(`  ${d.id}  ${d.source}  ${d.error ?? ""}\n`);
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    });
}
