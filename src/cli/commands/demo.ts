import { existsSync, rmSync } from "node:fs";
import { sep } from "node:path";
import { Option, type Command } from "commander";
import { packagePath } from "../../data/package-root.ts";
import { printRows } from "../print-rows.ts";
import { withStore } from "../with-store.ts";
import { runIngest, summaryLine } from "./ingest.ts";
import { TIMELINE_COLUMNS } from "./timeline.ts";

const EXAMPLES_DIR = `${packagePath("examples")}${sep}`;
const DEMO_DB = "communique-demo.db";

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description(`ingest the bundled examples into a fresh database (${DEMO_DB}) and print the timeline of events`)
    .addOption(new Option("--db <file>", "SQLite file to (re)create").default(DEMO_DB))
    .option("--evidence", "show the source sentence of every event")
    .option("--serve", "then serve the web application on it (what npm start does)")
    .option("--port <n>", "port for --serve", "8080")
    .action(async (flags: { db: string; evidence?: boolean; serve?: boolean; port: string }) => {
      // A fresh database each time, so the demo always shows exactly the examples.
      if (!/^postgres(ql)?:\/\//.test(flags.db)) for (const suffix of ["", "-wal", "-shm"]) rmIfExists(flags.db + suffix);
      await withStore(flags.db, async (store) => {
        const summary = await runIngest(store, [EXAMPLES_DIR], { quiet: false });
        process.stdout.write(`${summaryLine(summary)} into ${flags.db}\n\n`);
        const counts = await store.articles.counts();
        const events = await store.knowledge.timeline({});
        process.stdout.write(
          `Timeline of events (${counts.events} event reports merged into ${events.length} events; ${counts.people} people, ${counts.quotes} quotes):\n\n`,
        );
        printRows(events, TIMELINE_COLUMNS, { evidence: Boolean(flags.evidence) }, "events");
        if (flags.serve) return;
        process.stdout.write(`\nNext: communique event ID --db ${flags.db}, office "Secretary General" --of CSTO, chairmanships, serve  (see README)\n`);
      });
      if (flags.serve) await program.parseAsync(["serve", "--db", flags.db, "--port", flags.port], { from: "user" });
    });
}

function rmIfExists(path: string): void {
  if (existsSync(path)) rmSync(path);
}
