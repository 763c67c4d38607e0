import type { ArticleRow, CopyCandidate } from "../../types.ts";
import { toArticle } from "../../common/mappers.ts";
import type { Row, SqlDb } from "../db.ts";
import { ARTICLE_COLUMNS } from "./articles.ts";

/** Shingles as stored: little-endian 32-bit integers, the same bytes on every platform and engine. */
export function packShingles(sh: ArrayLike<number>): Buffer {
  const out = Buffer.alloc(sh.length * 4);
  for (let i = 0; i < sh.length; i++) out.writeUInt32LE(sh[i]!, i * 4);
  return out;
}

function unpackShingles(b: Uint8Array): Uint32Array {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const out = new Uint32Array(b.byteLength >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

/**
 * Near-duplicate candidates: the articles sharing an LSH band (through the band index only, so the cost does not
 * grow with the store), originals first, at most `limit`; with their stored shingles, and the text only of those
 * stored without (saved before shingles were kept, or by a path that did not compute them).
 */
export async function copyCandidates(db: SqlDb, bands: string[], limit = 20): Promise<CopyCandidate[]> {
  if (!bands.length) return [];
  const ids = `SELECT article_id FROM article_bands WHERE ${db.dialect.inList("band")}`;
  // Articles stored with their shingles are read from article_copies (and the hash near the start of their row); the
  // others, stored before shingles were kept, from the article row with their text.
  const rows = await db.all<Row>(
    `SELECT * FROM (
       SELECT a.id, a.hash, c.duplicate_of, c.sh, NULL AS text FROM article_copies c JOIN articles a ON a.id = c.article_id
       WHERE c.article_id IN (${ids})
       UNION ALL
       SELECT a.id, a.hash, a.duplicate_of, NULL, a.text FROM articles a
       WHERE a.id IN (${ids}) AND NOT EXISTS (SELECT 1 FROM article_copies c WHERE c.article_id = a.id)
     ) t ORDER BY duplicate_of IS NOT NULL, id LIMIT ?`, [db.dialect.list(bands), db.dialect.list(bands), limit]);
  return rows.map((r) => ({
    id: Number(r.id), hash: r.hash as string, duplicateOf: r.duplicate_of == null ? null : Number(r.duplicate_of),
    text: (r.text as string | null) ?? null, shingles: r.sh ? unpackShingles(r.sh as Uint8Array) : null,
  }));
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
