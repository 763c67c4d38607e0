import type { Pool } from "pg";
import type { Page, SearchHit } from "../types.ts";
import { pageOf } from "../common/filter.ts";
import { searchWords } from "../common/search-words.ts";

// ts_headline marks matches with [[ ]] like the SQLite snippet; the caller escapes the snippet for display.
const HEADLINE = `'StartSel="[[", StopSel="]]", MinWords=8, MaxWords=24, MaxFragments=1, FragmentDelimiter=" … "'`;

/** Articles and quotes containing all the words, best first. */
export async function search(pool: Pool, query: string, o: { limit?: number; offset?: number }): Promise<Page<SearchHit>> {
  const { limit, offset } = pageOf(o, 20);
  const words = searchWords(query);
  if (!words.length) return { items: [], total: 0, limit, offset };
  const q = words.join(" ");
  const total = await pool.query<{ n: number }>(
    `SELECT ((SELECT count(*) FROM articles WHERE tsv @@ plainto_tsquery('simple', $1))
           + (SELECT count(*) FROM quotes WHERE tsv @@ plainto_tsquery('simple', $1)))::int AS n`, [q]);
  const { rows } = await pool.query<SearchHit>(
    `WITH query AS (SELECT plainto_tsquery('simple', $1) AS tq), hits AS (
        SELECT 'article' AS kind, a.id AS "articleId", a.id, a.title, a.text AS body, ts_rank(a.tsv, query.tq) AS rank
          FROM articles a, query WHERE a.tsv @@ query.tq
        UNION ALL
        SELECT 'quote', q.article_id, q.id, a.title, coalesce(q."full", q.text), ts_rank(q.tsv, query.tq)
          FROM quotes q JOIN articles a ON a.id = q.article_id, query WHERE q.tsv @@ query.tq
        ORDER BY rank DESC, kind, id LIMIT $2 OFFSET $3)
     SELECT kind, "articleId", id, title, ts_headline('simple', body, query.tq, ${HEADLINE}) AS snippet
       FROM hits, query ORDER BY rank DESC, kind, id`,
    [q, limit, offset],
  );
  return { items: rows, total: total.rows[0]!.n, limit, offset };
}
