import type { Database } from "better-sqlite3";
import type { ArticleFacts } from "../../extract/types.ts";
import type { ArticleRow, MentionRow, Page } from "../types.ts";
import { pageOf } from "../common/filter.ts";
import { toArticle, toMention } from "../common/mappers.ts";
import { Where } from "./where.ts";

type Raw = Record<string, unknown>;

export function getArticle(db: Database, id: number): ArticleRow | null {
  const r = db.prepare("SELECT * FROM articles WHERE id = ?").get(id) as Raw | undefined;
  return r ? toArticle(r) : null;
}

/** The facts are kept as the extractor's JSON, so they read back exactly (key order, optional fields and all). */
export function articleFacts(db: Database, id: number): ArticleFacts | null {
  const facts = db.prepare("SELECT facts FROM articles WHERE id = ?").pluck().get(id) as string | undefined;
  return facts ? (JSON.parse(facts) as ArticleFacts) : null;
}

export function listArticles(db: Database, o: { limit?: number; offset?: number; outlet?: string; year?: number }): Page<ArticleRow> {
  const w = new Where();
  if (o.outlet?.trim()) w.add("outlet = ? COLLATE NOCASE", o.outlet.trim());
  if (o.year !== undefined) w.add("substr(published, 1, 4) = ?", String(o.year).padStart(4, "0"));
  const { limit, offset } = pageOf(o, 50);
  const total = db.prepare(`SELECT count(*) FROM articles ${w.sql()}`).pluck().get(...w.params) as number;
  const items = (db
    .prepare(`SELECT * FROM articles ${w.sql()} ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as Raw[]).map(toArticle);
  return { items, total, limit, offset };
}

export function mentions(db: Database, articleId: number): MentionRow[] {
  return (db.prepare(`SELECT * FROM mentions WHERE article_id = ? ORDER BY start, id`).all(articleId) as Raw[]).map(toMention);
}

export function counts(db: Database) {
  const n = (table: "articles" | "events" | "people" | "quotes" | "chairmanships") =>
    db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { articles: n("articles"), events: n("events"), people: n("people"), quotes: n("quotes"), chairmanships: n("chairmanships") };
}
