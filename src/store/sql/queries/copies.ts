import type { ArticleRow } from "../../types.ts";
import { toArticle } from "../../common/mappers.ts";
import type { Row, SqlDb } from "../db.ts";
import { ARTICLE_COLUMNS } from "./articles.ts";

/** Candidates found through the band index only, so the cost does not grow with the store. */
export async function similarArticles(db: SqlDb, bands: string[], limit = 20): Promise<ArticleRow[]> {
  if (!bands.length) return [];
  const rows = await db.all<Row>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id IN (SELECT article_id FROM article_bands WHERE ${db.dialect.inList("band")})
     ORDER BY duplicate_of IS NOT NULL, id LIMIT ?`, [db.dialect.list(bands), limit]);
  return rows.map(toArticle);
}

export async function duplicateArticles(db: SqlDb): Promise<ArticleRow[]> {
  const rows = await db.all<Row>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE duplicate_of IS NOT NULL
    OR id IN (SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL) ORDER BY id`);
  return rows.map(toArticle);
}

export async function articleHtml(db: SqlDb, id: number): Promise<Uint8Array | null> {
  const gz = await db.value<Uint8Array>("SELECT gz FROM article_html WHERE article_id = ?", [id]);
  return gz ? new Uint8Array(gz) : null;
}
