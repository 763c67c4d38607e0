import type { Command } from "commander";
import type { OfficeHolderRow } from "../../knowledge/api.ts";
import { articlesOf } from "../../knowledge/format.ts";
import { withDb } from "../options.ts";
import { printRows } from "../print-rows.ts";
import type { Column } from "../table.ts";
import { withStore } from "../with-store.ts";

const COLUMNS: Column<OfficeHolderRow & { office: string }>[] = [
  { header: "office", value: (h) => h.office },
  { header: "holder", value: (h) => `${h.person}${h.acting ? " (acting)" : ""}` },
  { header: "attested", value: (h) => (h.from === h.to ? (h.from ?? "?") : `${h.from ?? "?"}..${h.to ?? "?"}`) },
  { header: "succeeded by", value: (h) => h.until ?? "" },
  { header: "sources", value: (h) => articlesOf(h.evidence) || h.sources.map((s) => s.article).join(", "), flex: 1 },
];

export function registerOffice(program: Command): void {
  withDb(program.command("office"))
    .argument("<title>", "the office, e.g. \"Secretary General\" or President")
    .option("--of <org|country>", "the organization or country, e.g. CSTO or Kazakhstan")
    .description("holders of an office over time, from dated evidence (acting holders flagged)")
    .option("--json", "print JSON")
    .option("--evidence", "show the sentences naming each holder")
    .action(async (title: string, flags: { db: string; of?: string; json?: boolean; evidence?: boolean }) => {
      const offices = await withStore(flags.db, (store) => store.knowledge.office(title, flags.of));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(offices, null, 2)}\n`);
        return;
      }
      const rows = offices.flatMap((o) => o.holders.map((h) => ({ ...h, office: `${o.title}${o.of ? `, ${o.of}` : ""}` })));
      printRows(rows, COLUMNS, flags, "holders");
    });
}
