import type { Command } from "commander";
import type { QuoteRow } from "../../store/types.ts";
import { toFilter, withDb, withFilters, type FilterFlags } from "../options.ts";
import { printRows, type PrintFlags } from "../print-rows.ts";
import { withExistingStore } from "../with-store.ts";
import type { Column } from "../table.ts";

const COLUMNS: Column<QuoteRow>[] = [
  { header: "speaker", value: (q) => q.speaker },
  { header: "quote", value: (q) => `“${q.full ?? q.text}”`, flex: 4 },
  { header: "article", value: (q) => q.evidence[0]?.articleSlug ?? String(q.articleId) },
];

export function registerQuotes(program: Command): void {
  withFilters(withDb(program.command("quotes")))
    .option("--text <words>", "quotes containing these words")
    .description("direct quotes with their speakers")
    .action(async (flags: FilterFlags & PrintFlags & { db: string; text?: string }) => {
      const filter = { ...toFilter(flags), ...(flags.text ? { text: flags.text } : {}) };
      const rows = await withExistingStore(flags.db, (store) => store.articles.quotes(filter));
      printRows(rows, COLUMNS, flags, "quotes");
    });
}
