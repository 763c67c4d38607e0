import type { Command } from "commander";
import type { ArticleRow } from "../../store/types.ts";
import { withDb } from "../options.ts";
import { withStore } from "../with-store.ts";

export interface DuplicateCluster {
  original: Pick<ArticleRow, "id" | "slug" | "title" | "outlet" | "url" | "published">;
  copies: DuplicateCluster["original"][];
}

const brief = (r: ArticleRow): DuplicateCluster["original"] => ({ id: r.id, slug: r.slug, title: r.title, outlet: r.outlet, url: r.url, published: r.published });

/** Rows of originals and copies → one cluster per original, in id order. */
export function clusters(rows: ArticleRow[]): DuplicateCluster[] {
  const byRoot = new Map<number, DuplicateCluster>();
  for (const r of rows.filter((x) => x.duplicateOf == null)) byRoot.set(r.id, { original: brief(r), copies: [] });
  for (const r of rows.filter((x) => x.duplicateOf != null)) byRoot.get(r.duplicateOf!)?.copies.push(brief(r));
  return [...byRoot.values()].filter((c) => c.copies.length);
}

const line = (a: DuplicateCluster["original"]) => `#${a.id} ${a.slug}${a.outlet ? ` (${a.outlet})` : ""}${a.title ? `: ${a.title}` : ""}`;

export function registerDuplicates(program: Command): void {
  withDb(program.command("duplicates"))
    .description("near-duplicate clusters: each original with its syndicated copies (copies are not independent sources)")
    .option("--json", "print JSON")
    .action(async (flags: { db: string; json?: boolean }) => {
      const found = clusters(await withStore(flags.db, (store) => store.articles.duplicateArticles()));
      if (flags.json) return void process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      if (!found.length) return void process.stdout.write("no near duplicates found\n");
      const out = found.flatMap((c) => [line(c.original), ...c.copies.map((x) => `  copy ${line(x)}`)]);
      process.stdout.write(`${out.join("\n")}\n${found.length} clusters, ${found.reduce((n, c) => n + c.copies.length, 0)} copies\n`);
    });
}
