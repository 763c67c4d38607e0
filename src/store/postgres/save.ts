import type { Pool, PoolClient } from "pg";
import type { SaveArticleInput, SaveResult } from "../types.ts";
import { inTransaction } from "./tx.ts";
import { insertFacts } from "./save-facts.ts";
import { saveCopyData } from "./copies.ts";

/**
 * One article and everything extracted from it, in one transaction. ON CONFLICT makes the hash check and the insert
 * one step, so two processes saving the same article at once store it once.
 */
export function saveArticle(pool: Pool, input: SaveArticleInput): Promise<SaveResult> {
  return inTransaction(pool, async (c) => {
    const a = input.article;
    const ins = await c.query<{ id: number }>(
      `INSERT INTO articles (hash, slug, source, url, title, published, outlet, dateline, text, facts, duplicate_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (hash) DO NOTHING RETURNING id`,
      [a.hash, a.slug, a.source, a.url, a.title, a.published, a.outlet, a.dateline, a.text, JSON.stringify(input.facts), a.duplicateOf ?? null],
    );
    const id = ins.rows[0]?.id;
    if (id === undefined) {
      const found = await c.query<{ id: number }>("SELECT id FROM articles WHERE hash = $1", [a.hash]);
      return { articleId: found.rows[0]!.id, inserted: false };
    }
    await saveCopyData(c, id, a);
    await insertMentions(c, id, input);
    await insertFacts(c, id, input);
    return { articleId: id, inserted: true };
  });
}

async function insertMentions(c: PoolClient, articleId: number, input: SaveArticleInput): Promise<void> {
  if (!input.mentions.length) return;
  await c.query(
    `INSERT INTO mentions (article_id, kind, start, "end", text, norm)
     SELECT $1, m->>'kind', (m->>'start')::int, (m->>'end')::int, m->>'text', m->>'norm' FROM jsonb_array_elements($2::jsonb) m`,
    [articleId, JSON.stringify(input.mentions)],
  );
}
