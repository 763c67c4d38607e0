import type { Command } from "commander";
import type { EventRow } from "../../store/types.ts";
import { toFilter, withDb, withFilters, type FilterFlags } from "../options.ts";
import { printRows, type PrintFlags } from "../print-rows.ts";
import { withExistingStore } from "../with-store.ts";
import type { Column } from "../table.ts";

const EVENT_COLUMNS: Column<EventRow>[] = [
  { header: "date", value: (e) => (e.end && e.end !== e.start ? `${e.start ?? "?"}..${e.end}` : (e.start ?? "?")) },
  { header: "status", value: (e) => e.status },
  { header: "org", value: (e) => e.org ?? "" },
  { header: "event", value: (e) => (e.name ? `${e.name} (${e.kind})` : e.bodies.join(" + ") || e.kind), flex: 3 },
  { header: "place", value: (e) => [e.city, e.country].filter(Boolean).join(", "), flex: 1 },
  { header: "chair", value: (e) => e.chair ?? "", flex: 1 },
  { header: "docs", value: (e) => (e.documentsSigned ?? (e.documents.length || "")).toString() },
  { header: "article", value: (e) => e.evidence[0]?.articleSlug ?? String(e.articleId) },
];

export function registerEvents(program: Command): void {
  withFilters(withDb(program.command("events")))
    .description("meetings, summits and exercises in the store, by date")
    .action(async (flags: FilterFlags & PrintFlags & { db: string }) => {
      const filter = toFilter(flags);
      const rows = await withExistingStore(flags.db, (store) => store.articles.events(filter));
      printRows(rows, EVENT_COLUMNS, flags, "events");
    });
}
