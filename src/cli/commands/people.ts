import type { Command } from "commander";
import type { PersonRow } from "../../store/types.ts";
import { toFilter, withDb, withFilters, type FilterFlags } from "../options.ts";
import { printRows, type PrintFlags } from "../print-rows.ts";
import { withExistingStore } from "../with-store.ts";
import type { Column } from "../table.ts";

const roleText = (r: PersonRow["roles"][number]) => `${r.title}${r.of ? ` (${r.of})` : ""}`;

const COLUMNS: Column<PersonRow>[] = [
  { header: "name", value: (p) => p.name },
  { header: "roles", value: (p) => p.roles.map(roleText).join("; "), flex: 3 },
  { header: "article", value: (p) => p.evidence[0]?.articleSlug ?? String(p.articleId) },
];

export function registerPeople(program: Command): void {
  withFilters(withDb(program.command("people")))
    .description("people named in the stored articles, with the offices each article gives them")
    .action(async (flags: FilterFlags & PrintFlags & { db: string }) => {
      const filter = toFilter(flags);
      const rows = await withExistingStore(flags.db, (store) => store.articles.people(filter));
      printRows(rows, COLUMNS, flags, "people");
    });
}
