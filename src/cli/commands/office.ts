import type { Command } from "commander";
import { NotFoundError } from "../../errors.ts";
import type { OfficeHolderRow } from "../../knowledge/api.ts";
import { articlesOf } from "../../knowledge/format.ts";
import { withDb } from "../options.ts";
import { printRows } from "../print-rows.ts";
import type { Column } from "../table.ts";
import { withExistingStore } from "../with-store.ts";

type Row = OfficeHolderRow & { office: string; successor: string | null };

const COLUMNS: Column<Row>[] = [
  { header: "office", value: (h) => h.office },
  { header: "holder", value: (h) => `${h.person}${h.acting ? " (acting)" : ""}` },
  { header: "attested", value: (h) => (h.from === h.to ? (h.from ?? "?") : `${h.from ?? "?"}..${h.to ?? "?"}`) },
  { header: "succeeded by", value: (h) => h.successor ?? "" },
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
      const offices = await withExistingStore(flags.db, (store) => store.knowledge.office(title, flags.of));
      if (!offices.length) throw new NotFoundError(`no holders of "${title}"${flags.of ? ` of ${flags.of}` : ""} found`);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(offices, null, 2)}\n`);
        return;
      }
      const rows = offices.flatMap((o) => o.holders.map((h): Row => ({ ...h, office: `${o.title}${o.of ? `, ${o.of}` : ""}`, successor: successorOf(h, o.holders) })));
      printRows(rows, COLUMNS, flags, "holders");
    });
}

/** Who took over: `until` is a date (when the next holder is first attested); the column names that holder, not the date. */
function successorOf(h: OfficeHolderRow, holders: OfficeHolderRow[]): string | null {
  if (!h.until) return null;
  const next = holders.filter((n) => n.personKey !== h.personKey && n.from === h.until);
  return next.length ? next.map((n) => `${n.person}${n.acting ? " (acting)" : ""}`).join(", ") : null;
}
