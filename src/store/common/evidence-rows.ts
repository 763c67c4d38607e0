import type { EvidenceRow } from "../types.ts";

export type FactKind = "event" | "person" | "quote" | "chairmanship";

export interface RawEvidence {
  fact_id: unknown;
  article_id: unknown;
  slug: string;
  start: unknown;
  end: unknown;
  sentence_start: unknown;
  sentence_end: unknown;
  rule: string;
  slot?: string | null;
  value?: string | null;
}

/**
 * Evidence rows grouped by fact. The sentence is sliced here, in JavaScript, from the stored article text:
 * offsets are UTF-16 code units (as the extractor produced them), which SQL substring functions do not count in.
 */
export function groupEvidence(ids: number[], rows: RawEvidence[], textOf: (articleId: number) => string): Map<number, EvidenceRow[]> {
  const out = new Map<number, EvidenceRow[]>(ids.map((id) => [id, []]));
  for (const r of rows) {
    const articleId = Number(r.article_id);
    const sentenceStart = Number(r.sentence_start);
    const sentenceEnd = Number(r.sentence_end);
    out.get(Number(r.fact_id))?.push({
      articleId, articleSlug: r.slug, start: Number(r.start), end: Number(r.end), sentenceStart, sentenceEnd,
      sentence: textOf(articleId).slice(sentenceStart, sentenceEnd), rule: r.rule,
      ...(r.slot ? { slot: r.slot, value: r.value ?? "" } : {}),
    });
  }
  return out;
}
