import type { Command } from "commander";
import type { TimelineRow } from "../../knowledge/api.ts";
import { articlesOf, dateRange } from "../../knowledge/format.ts";
import { UsageError } from "../../errors.ts";
import { isPartialDate } from "../../server/partial-date.ts";
import { int, withDb } from "../options.ts";
import { printRows, type PrintFlags } from "../print-rows.ts";
import type { Column } from "../table.ts";
import { withExistingStore } from "../with-store.ts";

export const TIMELINE_COLUMNS: Column<TimelineRow>[] = [
  { header: "id", value: (e) => e.key },
  { header: "date", value: (e) => dateRange(e.start, e.end) },
  { header: "status", value: (e) => e.status },
  { header: "org", value: (e) => e.org ?? "" },
  { header: "event", value: (e) => (e.name ? `${e.name} (${e.kind})` : e.bodies.map((b) => b.value).join(" + ") || e.kind), flex: 3 },
  { header: "place", value: (e) => [e.city, e.country].filter(Boolean).join(", "), flex: 1 },
  { header: "topics", value: (e) => e.topics.join(", "), flex: 1 },
  { header: "reports", value: (e) => (e.independentSources !== undefined && e.independentSources < e.sources.length ? `${e.sources.length} (${e.independentSources} independent)` : String(e.sources.length)) },
  { header: "sources", value: (e) => articlesOf(e.evidence) || e.sources.map((s) => s.article).join(", "), flex: 1 },
];

interface Flags extends PrintFlags {
  db: string;
  org?: string;
  from?: string;
  to?: string;
  limit?: string;
}

export function registerTimeline(program: Command): void {
  withDb(program.command("timeline"))
    .description("events merged across articles (one row per real event, with every source), by date")
    .option("--org <abbr>", "organization, e.g. CSTO")
    .option("--from <date>", "from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "up to this date (inclusive)")
    .option("--limit <n>", "at most n rows")
    .option("--json", "print JSON instead of a table")
    .option("--evidence", "show the source sentences of every event")
    .action(async (flags: Flags) => {
      const q = {
        ...(flags.org ? { org: flags.org } : {}),
        ...(flags.from ? { from: date("--from", flags.from) } : {}),
        ...(flags.to ? { to: date("--to", flags.to) } : {}),
        ...(flags.limit ? { limit: int("--limit", flags.limit, { min: 1, max: 100000 }) } : {}),
      };
      const rows = await withExistingStore(flags.db, (store) => store.knowledge.timeline(q));
      printRows(rows, TIMELINE_COLUMNS, flags, "events");
    });
}

function date(name: string, value: string): string {
  if (!isPartialDate(value)) throw new UsageError(`${name} must be a date like 2018, 2018-05 or 2018-05-24 (and exist), got "${value}"`);
  return value;
}
