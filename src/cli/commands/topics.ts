import type { Command } from "commander";
import { UsageError } from "../../errors.ts";
import type { TopicCountRow } from "../../knowledge/api.ts";
import { withDb } from "../options.ts";
import { printRows } from "../print-rows.ts";
import type { Column } from "../table.ts";
import { withExistingStore } from "../with-store.ts";

const COLUMNS: Column<TopicCountRow & { evidence: [] }>[] = [
  { header: "year", value: (t) => t.bucket },
  { header: "topic", value: (t) => t.label, flex: 1 },
  { header: "events", value: (t) => String(t.events) },
  { header: "quotes", value: (t) => String(t.quotes) },
];

export function registerTopics(program: Command): void {
  withDb(program.command("topics"))
    .description("how often each topic comes up in merged events and quotes")
    .option("--by <unit>", "split the counts: year")
    .option("--json", "print JSON")
    .action(async (flags: { db: string; by?: string; json?: boolean }) => {
      if (flags.by !== undefined && flags.by !== "year") throw new UsageError(`--by must be "year", got "${flags.by}"`);
      const rows = await withExistingStore(flags.db, (store) => store.knowledge.topics(flags.by ? { by: "year" } : {}));
      if (flags.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else printRows(rows.map((r) => ({ ...r, evidence: [] as [] })), flags.by ? COLUMNS : COLUMNS.slice(1), {}, "topic counts");
    });
}
