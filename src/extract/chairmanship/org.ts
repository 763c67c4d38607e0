import type { Doc } from "../../nlp/doc.ts";
import type { Entity, Span } from "../../nlp/types.ts";

/** The organization an entity names: an ORG itself, or the organization a BODY belongs to. */
function orgOf(e: Entity): string | null {
  if (e.label === "ORG") return e.norm;
  if (e.label === "BODY") return e.org ?? null;
  return null;
}

/** The organization the article is mostly about: the most mentioned one, counting bodies for their organization. */
export function dominantOrg(doc: Doc): string | null {
  const count = new Map<string, number>();
  for (const e of doc.ents) {
    const o = orgOf(e);
    if (o) count.set(o, (count.get(o) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [o, n] of count) if (best === null || n > count.get(best)!) best = o;
  return best;
}

/** The organization nearest to a span within the sentence, if the sentence names one. */
export function orgInSentence(doc: Doc, sentence: Span, near: Span): string | null {
  let best: { org: string; dist: number } | null = null;
  for (const e of doc.entsIn(sentence)) {
    const o = orgOf(e);
    if (!o) continue;
    const dist = e.start >= near.end ? e.start - near.end : Math.max(0, near.start - e.end);
    if (!best || dist < best.dist) best = { org: o, dist };
  }
  return best?.org ?? null;
}

/** The organization of a sentence's paragraph, when the sentence itself names none. */
export function orgInParagraph(doc: Doc, paragraph: number): string | null {
  const sentences = doc.sentences.filter((s) => s.paragraph === paragraph);
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last) return null;
  for (const e of doc.entsIn({ start: first.start, end: last.end })) {
    const o = orgOf(e);
    if (o) return o;
  }
  return null;
}

/** An organization named inside the span, or right after it ("presidency in the CSTO", "of this organization"). */
export function orgBeside(doc: Doc, span: Span): boolean {
  if (doc.ents.some((e) => e.start >= span.start && e.end <= span.end && orgOf(e) !== null)) return true;
  // "Under Kazakhstan's presidency, the SCO adopted …": the organization opens the clause the phrase leads into.
  const under = /^(?:under|during)\s/i.test(doc.text.slice(Math.max(0, span.start - 7), span.start).trimStart()) && /^,\s+(?:the\s+)?/.exec(doc.text.slice(span.end, span.end + 8));
  if (under && doc.ents.some((e) => e.start === span.end + under[0].length && orgOf(e) !== null)) return true;
  const link = /^\s+(?:of|in|within|at)\s+(?:the\s+|this\s+|our\s+)?/i.exec(doc.text.slice(span.end, span.end + 20));
  if (!link) return false;
  const at = span.end + link[0].length;
  if (doc.ents.some((e) => e.start === at && orgOf(e) !== null)) return true;
  return /^(?:organi[sz]ation|bloc|alliance|union|commonwealth)\b/i.test(doc.text.slice(at, at + 15));
}
