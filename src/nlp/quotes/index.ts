import type { Doc } from "../doc.ts";
import type { QuoteSpan, Span } from "../types.ts";
import { paragraphs } from "../sentences.ts";
import { pairQuotes } from "./pair.ts";
import { findCue, hasSpeechVerb } from "./attribution.ts";
import { isTitleLike } from "./not-quotes.ts";
import { subjectPerson } from "./subject.ts";

/**
 * Direct quotations with their attribution. `cue` is the span of the words naming the speaker; `speaker` is set
 * here when those words contain a person's name (pronouns and role phrases are resolved in extract/quotes.ts,
 * which knows people's roles).
 */
export function findQuotes(doc: Doc): QuoteSpan[] {
  const text = doc.text;
  const paras = paragraphs(text);
  const paraOf = (i: number) => paras.find((p) => p.start <= i && i < p.end) ?? { start: 0, end: text.length };
  const out: QuoteSpan[] = [];
  let prev: QuoteSpan | null = null;
  for (const pair of pairQuotes(text, paras)) {
    const inner = text.slice(pair.inner.start, pair.inner.end);
    // The second half of a split quotation: “We are ready,” he said, “to act.”
    // (A colon after the cue introduces a new quotation: “….” X added: “…”.)
    if (prev?.cue && prev.end <= pair.start && /^[\s,;–—-]*$/.test(text.slice(cueEnd(prev), pair.start)) && cueEnd(prev) > prev.end) {
      prev.text = `${prev.text} ${clean(inner)}`;
      prev.end = pair.end;
      continue;
    }
    if (isTitleLike(text, pair)) continue;
    const limits: Span = { start: paraOf(pair.start).start, end: paraOf(Math.max(pair.start, pair.end - 1)).end };
    const cue = findCue(text, pair, limits);
    let q: QuoteSpan;
    if (cue) {
      const person = subjectPerson(doc, cue.subject);
      q = { start: pair.start, end: pair.end, text: clean(inner), inner: pair.inner, speaker: person?.norm ?? null, cue: cue.subject, cueEnd: cue.end, rule: `quote:${cue.side}` };
    } else if (prev?.cue && sameOrNextParagraph(paras, prev.start, pair.start) && quietBetween(doc, prev, pair.start)) {
      // A quotation that opens the next paragraph without attribution continues the previous speaker.
      q = { start: pair.start, end: pair.end, text: clean(inner), inner: pair.inner, speaker: prev.speaker, cue: prev.cue, cueEnd: null, rule: "quote:continued" };
    } else continue;
    out.push(q);
    prev = q;
  }
  return out;
}

const cueEnd = (q: QuoteSpan) => q.cueEnd ?? q.end;

function clean(s: string): string {
  return s.replace(/\n\s*\n\s*[“"«]/g, " ").replace(/\s+/g, " ").replace(/^[“"«\s]+|[”"»\s,]+$/g, "").trim();
}

/**
 * Nothing between the previous quotation (and its cue) and this one hands the floor to somebody else: no other
 * person named, no other verb of speech.
 */
function quietBetween(doc: Doc, prev: QuoteSpan, at: number): boolean {
  const gap = { start: Math.max(prev.end, cueEnd(prev)), end: at };
  if (gap.end - gap.start > 400) return false;
  if (doc.entsIn(gap, "PERSON").some((e) => e.norm !== prev.speaker)) return false;
  return !hasSpeechVerb(doc.text.slice(gap.start, gap.end));
}

function sameOrNextParagraph(paras: Span[], a: number, b: number): boolean {
  const ia = paras.findIndex((p) => p.start <= a && a < p.end);
  const ib = paras.findIndex((p) => p.start <= b && b < p.end);
  return ia >= 0 && ib >= 0 && ib - ia <= 1 && ib >= ia;
}
