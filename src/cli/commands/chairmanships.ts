import type { Command } from "commander";
import type { ChairPeriodRow } from "../../knowledge/api.ts";
import { articlesOf } from "../../knowledge/format.ts";
import { withDb } from "../options.ts";
import { printRows } from "../print-rows.ts";
import type { Column } from "../table.ts";
import { withExistingStore } from "../with-store.ts";

const COLUMNS: Column<ChairPeriodRow>[] = [
  { header: "org", value: (p) => p.org },
  { header: "chair", value: (p) => p.state },
  { header: "from", value: (p) => p.start ?? "?" },
  { header: "until", value: (p) => p.end ?? "" },
  { header: "sources", value: (p) => articlesOf(p.evidence) || p.sources.map((s) => s.article).join(", "), flex: 1 },
];

export function registerChairmanships(program: Command): void {
  withDb(program.command("chairmanships"))
    .description("the rotation of each organization's chairmanship, as a timeline")
    .option("--org <abbr>", "one organization, e.g. CSTO")
    .option("--json", "print JSON")
    .option("--evidence", "show the source sentences")
    .action(async (flags: { db: string; org?: string; json?: boolean; evidence?: boolean }) => {
      const timelines = await withExistingStore(flags.db, (store) => store.knowledge.chairmanships(flags.org));
      if (flags.json) process.stdout.write(`${JSON.stringify(timelines, null, 2)}\n`);
      else printRows(timelines.flatMap((t) => t.periods), COLUMNS, flags, "chairmanships");
    });
}
