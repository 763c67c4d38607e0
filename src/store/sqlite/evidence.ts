import type { Database } from "better-sqlite3";
import type { EvidenceRow } from "../types.ts";
import { type FactKind, type RawEvidence, groupEvidence } from "../common/evidence-rows.ts";
import { idList } from "./where.ts";

/** Evidence of a page of facts, in the order it was extracted. */
export function evidenceFor(db: Database, kind: FactKind, ids: number[]): Map<number, EvidenceRow[]> {
  if (!ids.length) return new Map();
  const rows = db
    .prepare(`SELECT ev.fact_id, ev.article_id, a.slug, ev.start, ev."end", ev.sentence_start, ev.sentence_end, ev.rule
      FROM evidence ev JOIN articles a ON a.id = ev.article_id
      WHERE ev.fact_kind = ? AND ev.fact_id IN (SELECT value FROM json_each(?)) ORDER BY ev.fact_id, ev.id`)
    .all(kind, idList(ids)) as RawEvidence[];
  const texts = new Map<number, string>();
  const textOf = db.prepare("SELECT text FROM articles WHERE id = ?").pluck();
  return groupEvidence(ids, rows, (id) => {
    if (!texts.has(id)) texts.set(id, textOf.get(id) as string);
    return texts.get(id)!;
  });
}
