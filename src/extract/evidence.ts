import type { Doc } from "../nlp/doc.ts";
import type { Span } from "../nlp/types.ts";
import type { Evidence } from "./types.ts";

/** Evidence for a fact stated by `span`: the span itself, the sentence it lies in, and the producing rule. */
export function evidenceOf(doc: Doc, span: Span, rule: string): Evidence {
  const s = doc.sentenceAt(span.start) ?? { start: span.start, end: span.end };
  return { start: span.start, end: span.end, sentence: { start: s.start, end: s.end }, rule };
}

/** Evidence for one value of a fact's slot ("chair" = "Nurlan Yermekbayev"): the span that states it and the rule. */
export function slotEvidence(doc: Doc, slot: string, value: string | number, span: Span, rule: string): Evidence {
  return { ...evidenceOf(doc, span, rule), slot, value: String(value) };
}

/** Records the evidence of slot values as the functions that find them go. */
export type SlotNote = (slot: string, value: string | number, span: Span, rule: string) => void;

/** A note that records nothing, for callers that only want the values. */
export const ignoreNote: SlotNote = () => undefined;
