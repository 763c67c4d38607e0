import type { Evidence } from "../../extract/types.ts";
import type { EvidenceRow } from "../evidence-row.ts";

/** Evidence of a fact as rows that stand alone: the article's slug and the sentence's text travel with the span. */
export function evidenceRows(a: { articleId: number; slug: string; text: string }, evidence: readonly Evidence[] | undefined): EvidenceRow[] {
  return (evidence ?? []).map((e) => ({ articleId: a.articleId, articleSlug: a.slug, ...spanRow(a.text, e) }));
}

/** A row without the article's id and slug: what a store keeps beside them, and can compute before they are known. */
export type SpanRow = Omit<EvidenceRow, "articleId" | "articleSlug">;

function spanRow(text: string, e: Evidence): SpanRow {
  return {
    start: e.start, end: e.end, sentenceStart: e.sentence.start, sentenceEnd: e.sentence.end,
    sentence: text.slice(e.sentence.start, e.sentence.end), rule: e.rule,
    ...(e.slot ? { slot: e.slot, value: e.value ?? "" } : {}),
  };
}

export const spanRows = (text: string, evidence: readonly Evidence[] | undefined): SpanRow[] => (evidence ?? []).map((e) => spanRow(text, e));

/** The sentence around a span found outside any fact's evidence (a topic keyword): up to the nearest stops. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.slice(0, start);
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("! "), before.lastIndexOf("? "));
  const s = stop < 0 ? 0 : stop + 1;
  const rest = text.slice(end).search(/[.!?](\s|$)|\n/);
  const e = rest < 0 ? text.length : end + rest + 1;
  return { start: s + (text.slice(s, start).length - text.slice(s, start).trimStart().length), end: e };
}
