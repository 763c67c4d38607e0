import type { Page, SearchHit } from "../../types.ts";
import { pageOf } from "../../common/filter.ts";
import { searchWords } from "../../common/search-words.ts";
import type { Row, SqlDb } from "../db.ts";

/** Articles and quotes containing all the words, best first; snippets mark matches with [[ ]] (escape for display). */
export async function search(db: SqlDb, query: string, o: { limit?: number; offset?: number }): Promise<Page<SearchHit>> {
  const ft = db.dialect.fullText;
  const { limit, offset } = pageOf(o, 20);
  const words = searchWords(query);
  if (!words.length) return { items: [], total: 0, limit, offset };
  const q = ft.query(words);
  const total = Number(await db.value(
    `SELECT (SELECT count(*) FROM articles a WHERE ${ft.match("articles", "a")}) + (SELECT count(*) FROM quotes q WHERE ${ft.match("quotes", "q")}) AS n`,
    [q, q],
  ));
  const hits = ft.hits(q, limit, offset);
  const rows = await db.all<Row>(hits.sql, hits.params);
  const items = rows.map((r): SearchHit => ({
    kind: r.kind as SearchHit["kind"], articleId: Number(r.articleId), id: Number(r.id), title: (r.title ?? null) as string | null,
    snippet: r.snippet as string,
  }));
  return { items, total, limit, offset };
}
