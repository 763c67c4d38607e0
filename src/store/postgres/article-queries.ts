import type { Pool } from "pg";
import type { ArticleFacts } from "../../extract/types.ts";
import type { ArticleRow, MentionRow, Page } from "../types.ts";
import { pageOf } from "../common/filter.ts";
import { toArticle, toMention } from "../common/mappers.ts";
import { Where } from "./where.ts";

export const COLUMNS = "id, hash, slug, source, url, title, published, outlet, dateline, text, duplicate_of, ingested_at";

export async function getArticle(pool: Pool, id: number): Promise<ArticleRow | null> {
  const { rows } = await pool.query(`SELECT ${COLUMNS} FROM articles WHERE id = $1`, [id]);
  return rows[0] ? toArticle(rows[0]) : null;
}

/** The facts are kept as the extractor's JSON text (not jsonb, which reorders keys), so they read back exactly. */
export async function articleFacts(pool: Pool, id: number): Promise<ArticleFacts | null> {
  const { rows } = await pool.query<{ facts: string }>("SELECT facts FROM articles WHERE id = $1", [id]);
  return rows[0] ? (JSON.parse(rows[0].facts) as ArticleFacts) : null;
}

export async function listArticles(pool: Pool, o: { limit?: number; offset?: number; outlet?: string; year?: number }): Promise<Page<ArticleRow>> {
  const w = new Where();
  if (o.outlet?.trim()) w.add("lower(outlet) = lower($)", o.outlet.trim());
  if (o.year !== undefined) w.add("substr(published, 1, 4) = $", String(o.year).padStart(4, "0"));
  const { limit, offset } = pageOf(o, 50);
  const total = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles ${w.sql()}`, w.params);
  const page = `LIMIT ${w.placeholder(limit)} OFFSET ${w.placeholder(offset)}`;
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM articles ${w.sql()} ORDER BY published IS NULL, published COLLATE "C" DESC, id ${page}`, w.params);
  return { items: rows.map(toArticle), total: total.rows[0]!.n, limit, offset };
}

export async function mentions(pool: Pool, articleId: number): Promise<MentionRow[]> {
  const { rows } = await pool.query(`SELECT * FROM mentions WHERE article_id = $1 ORDER BY start, id`, [articleId]);
  return rows.map(toMention);
}

export async function counts(pool: Pool) {
  const { rows } = await pool.query<Record<"articles" | "events" | "people" | "quotes" | "chairmanships", number>>(`SELECT
    (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM events) AS events,
    (SELECT count(*)::int FROM people) AS people, (SELECT count(*)::int FROM quotes) AS quotes,
    (SELECT count(*)::int FROM chairmanships) AS chairmanships`);
  const r = rows[0]!;
  return { articles: r.articles, events: r.events, people: r.people, quotes: r.quotes, chairmanships: r.chairmanships };
}
