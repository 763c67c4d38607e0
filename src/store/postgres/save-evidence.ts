import type { PoolClient } from "pg";
import type { Evidence } from "../../extract/types.ts";
import type { FactKind } from "../common/evidence-rows.ts";

export interface EvidenceInput {
  kind: FactKind;
  factId: number;
  list: Evidence[] | undefined;
}

/** Every evidence row of the article in one statement; `ord` keeps each fact's evidence in extraction order. */
export async function insertEvidence(c: PoolClient, articleId: number, facts: EvidenceInput[]): Promise<void> {
  const rows = facts.flatMap((f) => (f.list ?? []).map((e, ord) => ({
    kind: f.kind, fact: f.factId, ord, start: e.start, end: e.end, ss: e.sentence.start, se: e.sentence.end, rule: e.rule,
  })));
  if (!rows.length) return;
  await c.query(
    `INSERT INTO evidence (article_id, fact_kind, fact_id, ord, start, "end", sentence_start, sentence_end, rule)
     SELECT $1, r->>'kind', (r->>'fact')::int, (r->>'ord')::int, (r->>'start')::int, (r->>'end')::int,
            (r->>'ss')::int, (r->>'se')::int, r->>'rule'
     FROM jsonb_array_elements($2::jsonb) r`,
    [articleId, JSON.stringify(rows)],
  );
}
