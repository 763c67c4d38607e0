import type { Database } from "better-sqlite3";
import type { ArticleInput, ArticleRow } from "../types.ts";
import { toArticle } from "../common/mappers.ts";

type Raw = Record<string, unknown>;

/** Writes an article's LSH bands and compressed page (inside the caller's transaction). */
export function saveCopyData(db: Database, articleId: number, a: ArticleInput): void {
  const band = db.prepare("INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)");
  for (const b of new Set(a.bands ?? [])) band.run(b, articleId);
  if (a.htmlGz?.length) db.prepare("INSERT INTO article_html (article_id, gz) VALUES (?, ?)").run(articleId, Buffer.from(a.htmlGz));
}

/** Candidates found through the band index only, so the cost does not grow with the store. */
export function similarArticles(db: Database, bands: string[], limit = 20): ArticleRow[] {
  if (!bands.length) return [];
  const marks = bands.map(() => "?").join(", ");
  const rows = db.prepare(`SELECT a.* FROM articles a WHERE a.id IN (SELECT DISTINCT article_id FROM article_bands WHERE band IN (${marks}))
    ORDER BY a.duplicate_of IS NOT NULL, a.id LIMIT ?`).all(...bands, limit) as Raw[];
  return rows.map(toArticle);
}

export function duplicateArticles(db: Database): ArticleRow[] {
  const rows = db.prepare(`SELECT * FROM articles WHERE duplicate_of IS NOT NULL
    OR id IN (SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL) ORDER BY id`).all() as Raw[];
  return rows.map(toArticle);
}

export function articleHtml(db: Database, id: number): Uint8Array | null {
  const gz = db.prepare("SELECT gz FROM article_html WHERE article_id = ?").pluck().get(id) as Buffer | undefined;
  return gz ? new Uint8Array(gz) : null;
}
