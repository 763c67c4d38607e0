import type { ArticleFacts } from "../../../extract/types.ts";
import type { ArticleRow, MentionRow, Page } from "../../types.ts";
import { pageOf } from "../../common/filter.ts";
import { toArticle, toMention } from "../../common/mappers.ts";
import type { Row, SqlDb } from "../db.ts";
import { Where } from "../where.ts";

/** Everything an ArticleRow shows: not the stored facts, nor an engine's full-text column. */
export const ARTICLE_COLUMNS = "id, hash, slug, source, url, title, published, outlet, dateline, text, duplicate_of, ingested_at";

export async function hasArticle(db: SqlDb, hash: string): Promise<boolean> {
  return (await db.get("SELECT 1 AS found FROM articles WHERE hash = ?", [hash])) !== undefined;
}

export async function getArticle(db: SqlDb, id: number): Promise<ArticleRow | null> {
  const r = await db.get<Row>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [id]);
  return r ? toArticle(r) : null;
}

/** The facts are kept as the extractor's JSON text (not jsonb, which reorders keys), so they read back exactly. */
export async function articleFacts(db: SqlDb, id: number): Promise<ArticleFacts | null> {
  const facts = await db.value<string>("SELECT facts FROM articles WHERE id = ?", [id]);
  return facts ? (JSON.parse(facts) as ArticleFacts) : null;
}

export async function listArticles(db: SqlDb, o: { limit?: number; offset?: number; outlet?: string; year?: number }): Promise<Page<ArticleRow>> {
  const d = db.dialect;
  const w = new Where();
  if (o.outlet?.trim()) w.add(d.ieq("outlet"), o.outlet.trim());
  if (o.year !== undefined) w.add("substr(published, 1, 4) = ?", String(o.year).padStart(4, "0"));
  const { limit, offset } = pageOf(o, 50);
  const total = Number(await db.value(`SELECT count(*) AS n FROM articles ${w.sql()}`, w.params));
  const rows = await db.all<Row>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles ${w.sql()} ORDER BY published IS NULL, ${d.sortText("published")} DESC, id LIMIT ? OFFSET ?`,
    [...w.params, limit, offset],
  );
  return { items: rows.map(toArticle), total, limit, offset };
}

export async function mentions(db: SqlDb, articleId: number): Promise<MentionRow[]> {
  return (await db.all<Row>("SELECT * FROM mentions WHERE article_id = ? ORDER BY start, id", [articleId])).map(toMention);
}

export async function counts(db: SqlDb) {
  const r = (await db.get<Row>(`SELECT
    (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
    (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM quotes) AS quotes,
    (SELECT count(*) FROM chairmanships) AS chairmanships`))!;
  return {
    articles: Number(r.articles), events: Number(r.events), people: Number(r.people), quotes: Number(r.quotes),
    chairmanships: Number(r.chairmanships),
  };
}
