import type { Doc } from "../nlp/doc.ts";
import type { Span } from "../nlp/types.ts";
import type { Evidence } from "./types.ts";

/** Evidence for a fact stated by `span`: the span itself, the sentence it lies in, and the producing rule. */
export function evidenceOf(doc: Doc, span: Span, rule: string): Evidence {
  const s = doc.sentenceAt(span.start) ?? { start: span.start, end: span.end };
  return { start: span.start, end: span.end, sentence: { start: s.start, end: s.end }, rule };
}
