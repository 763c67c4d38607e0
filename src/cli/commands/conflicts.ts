import type { Command } from "commander";
import type { ConflictRow } from "../../knowledge/api.ts";
import { withDb } from "../options.ts";
import { printRows } from "../print-rows.ts";
import type { Column } from "../table.ts";
import { withExistingStore } from "../with-store.ts";

const COLUMNS: Column<ConflictRow>[] = [
  { header: "id", value: (c) => c.event },
  { header: "date", value: (c) => c.start ?? "?" },
  { header: "event", value: (c) => c.label, flex: 2 },
  { header: "slot", value: (c) => c.slot },
  { header: "values", value: (c) => c.values.map((v) => `${v.value} [${[...new Set(v.evidence.map((e) => e.articleSlug))].join(", ")}]`).join(" / "), flex: 3 },
];

export function registerConflicts(program: Command): void {
  withDb(program.command("conflicts"))
    .description("events whose sources disagree on a slot (date, place, chair, number of documents)")
    .option("--json", "print JSON")
    .option("--evidence", "show the source sentences")
    .action(async (flags: { db: string; json?: boolean; evidence?: boolean }) => {
      const rows = await withExistingStore(flags.db, (store) => store.knowledge.conflicts());
      printRows(rows, COLUMNS, flags, "conflicts");
    });
}
