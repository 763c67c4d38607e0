import type { EvidenceRow } from "../../types.ts";
import { type FactKind, type RawEvidence, groupEvidence } from "../../common/evidence-rows.ts";
import type { SqlDb } from "../db.ts";

/** Evidence of a page of facts, in extraction order, with each sentence sliced from its article's text. */
export async function evidenceFor(db: SqlDb, kind: FactKind, ids: number[]): Promise<Map<number, EvidenceRow[]>> {
  if (!ids.length) return new Map();
  const d = db.dialect;
  const rows = await db.all<RawEvidence>(
    `SELECT ev.fact_id, ev.article_id, a.slug, ev.start, ev."end", ev.sentence_start, ev.sentence_end, ev.rule, ev.slot, ev.value
     FROM evidence ev JOIN articles a ON a.id = ev.article_id
     WHERE ev.fact_kind = ? AND ${d.inList("ev.fact_id")} ORDER BY ev.fact_id, ev.ord, ev.id`,
    [kind, d.list(ids)],
  );
  const articleIds = [...new Set(rows.map((r) => Number(r.article_id)))];
  const texts = new Map<number, string>();
  if (articleIds.length) {
    const t = await db.all<{ id: unknown; text: string }>(`SELECT id, text FROM articles WHERE ${d.inList("id")}`, [d.list(articleIds)]);
    for (const r of t) texts.set(Number(r.id), r.text);
  }
  return groupEvidence(ids, rows, (id) => texts.get(id) ?? "");
}
