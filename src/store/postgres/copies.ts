import type { PoolClient, Pool } from "pg";
import type { ArticleInput, ArticleRow } from "../types.ts";
import { toArticle } from "../common/mappers.ts";
import { COLUMNS } from "./article-queries.ts";

/** Writes an article's LSH bands and compressed page (inside the caller's transaction). */
export async function saveCopyData(c: PoolClient, articleId: number, a: ArticleInput): Promise<void> {
  const bands = [...new Set(a.bands ?? [])];
  if (bands.length) {
    await c.query("INSERT INTO article_bands (band, article_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING", [bands, articleId]);
  }
  if (a.htmlGz?.length) await c.query("INSERT INTO article_html (article_id, gz) VALUES ($1, $2)", [articleId, Buffer.from(a.htmlGz)]);
}

/** Candidates found through the band index only, so the cost does not grow with the store. */
export async function similarArticles(pool: Pool, bands: string[], limit = 20): Promise<ArticleRow[]> {
  if (!bands.length) return [];
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM articles WHERE id IN (SELECT article_id FROM article_bands WHERE band = ANY($1::text[]))
     ORDER BY duplicate_of IS NOT NULL, id LIMIT $2`, [bands, limit]);
  return rows.map(toArticle);
}

export async function duplicateArticles(pool: Pool): Promise<ArticleRow[]> {
  const { rows } = await pool.query(`SELECT ${COLUMNS} FROM articles WHERE duplicate_of IS NOT NULL
    OR id IN (SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL) ORDER BY id`);
  return rows.map(toArticle);
}

export async function articleHtml(pool: Pool, id: number): Promise<Uint8Array | null> {
  const { rows } = await pool.query<{ gz: Buffer }>("SELECT gz FROM article_html WHERE article_id = $1", [id]);
  return rows[0] ? new Uint8Array(rows[0].gz) : null;
}
