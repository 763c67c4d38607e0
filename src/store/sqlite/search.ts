import type { Database } from "better-sqlite3";
import type { Page, SearchHit } from "../types.ts";
import { pageOf } from "../common/filter.ts";
import { searchWords } from "../common/search-words.ts";
import { ftsQuery } from "./fts.ts";

/** Articles and quotes containing all the words, best first; snippets mark matches with [[ ]] (escape for display). */
export function search(db: Database, query: string, o: { limit?: number; offset?: number }): Page<SearchHit> {
  const q = ftsQuery(searchWords(query));
  const { limit, offset } = pageOf(o, 20);
  const total = db
    .prepare("SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?) + (SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?)")
    .pluck().get(q, q) as number;
  const items = db
    .prepare(`SELECT * FROM (
        SELECT 'article' AS kind, f.rowid AS articleId, f.rowid AS id, a.title AS title,
               snippet(articles_fts, 1, '[[', ']]', '…', 16) AS snippet, bm25(articles_fts) AS rank
          FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ?
        UNION ALL
        SELECT 'quote', q.article_id, f.rowid, a.title, snippet(quotes_fts, 1, '[[', ']]', '…', 16), bm25(quotes_fts)
          FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ?
      ) ORDER BY rank, kind, id LIMIT ? OFFSET ?`)
    .all(q, q, limit, offset) as (SearchHit & { rank: number })[];
  return { items: items.map(({ rank: _rank, ...hit }) => hit), total, limit, offset };
}
