import type { Pool } from "pg";
import type { EvidenceRow } from "../types.ts";
import { type FactKind, type RawEvidence, groupEvidence } from "../common/evidence-rows.ts";

/** Evidence of a page of facts, in extraction order, with each sentence sliced from its article's text. */
export async function evidenceFor(pool: Pool, kind: FactKind, ids: number[]): Promise<Map<number, EvidenceRow[]>> {
  if (!ids.length) return new Map();
  const { rows } = await pool.query<RawEvidence>(
    `SELECT ev.fact_id, ev.article_id, a.slug, ev.start, ev."end", ev.sentence_start, ev.sentence_end, ev.rule
     FROM evidence ev JOIN articles a ON a.id = ev.article_id
     WHERE ev.fact_kind = $1 AND ev.fact_id = ANY($2::int[]) ORDER BY ev.fact_id, ev.ord`,
    [kind, ids],
  );
  const articleIds = [...new Set(rows.map((r) => Number(r.article_id)))];
  const texts = new Map<number, string>();
  if (articleIds.length) {
    const t = await pool.query<{ id: number; text: string }>("SELECT id, text FROM articles WHERE id = ANY($1::int[])", [articleIds]);
    for (const r of t.rows) texts.set(r.id, r.text);
  }
  return groupEvidence(ids, rows, (id) => texts.get(id) ?? "");
}
