import type { ArticleInput, SaveArticleInput, SaveResult } from "../../types.ts";
import type { SqlDb } from "../db.ts";
import { insertRows } from "../insert-rows.ts";
import { insertFacts } from "./save-facts.ts";
import { packShingles } from "./copies.ts";

/**
 * One article and everything extracted from it, in one transaction. ON CONFLICT makes the hash check and the insert
 * one step, so two processes saving the same article at once store it once.
 */
export function saveArticle(db: SqlDb, input: SaveArticleInput, o: { savepoint?: boolean } = {}): Promise<SaveResult> {
  const save = async (): Promise<SaveResult> => {
    const a = input.article;
    const inserted = await db.value(
      `INSERT INTO articles (hash, slug, source, url, title, published, outlet, dateline, text, facts, duplicate_of)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id`,
      [a.hash, a.slug, a.source, a.url, a.title, a.published, a.outlet, a.dateline, a.text, input.prepared?.factsJson ?? JSON.stringify(input.facts), a.duplicateOf ?? null],
    );
    if (inserted === undefined) {
      return { articleId: Number(await db.value("SELECT id FROM articles WHERE hash = ?", [a.hash])), inserted: false };
    }
    const id = Number(inserted);
    await saveCopyData(db, id, a, input.prepared?.shingles);
    await insertRows(db, "mentions", ["article_id", "kind", "start", "end", "text", "norm"],
      input.mentions.map((m) => [id, m.kind, m.start, m.end, m.text, m.norm]));
    await insertFacts(db, id, input);
    return { articleId: id, inserted: true };
  };
  return o.savepoint === false && db.inTransaction ? save() : db.transaction(save);
}

/** An article's LSH bands, its shingles when computed ahead, and its compressed page. */
async function saveCopyData(db: SqlDb, articleId: number, a: ArticleInput, shingles: Uint32Array | undefined): Promise<void> {
  const bands = [...new Set(a.bands ?? [])].map((band) => [band, articleId]);
  await insertRows(db, "article_bands", ["band", "article_id"], bands, { ignoreConflicts: true });
  if (shingles) await db.run("INSERT INTO article_copies (article_id, duplicate_of, sh) VALUES (?, ?, ?)", [articleId, a.duplicateOf ?? null, packShingles(shingles)]);
  if (a.htmlGz?.length) await db.run("INSERT INTO article_html (article_id, gz) VALUES (?, ?)", [articleId, Buffer.from(a.htmlGz)]);
}
