import type { Doc } from "../nlp/doc.ts";
import type { PersonFact, QuoteFact } from "./types.ts";
import { evidenceOf } from "./evidence.ts";
import { resolveSpeaker } from "./quote/speaker.ts";

const OPENING = 80;

/** Quote facts: the Doc's quotations whose speaker resolves to a person of the article (others are dropped). */
export function extractQuotes(doc: Doc, people: PersonFact[]): QuoteFact[] {
  const out: QuoteFact[] = [];
  let last: string | null = null;
  for (const q of doc.quotes) {
    let speaker = q.speaker && people.some((p) => p.name === q.speaker) ? q.speaker : null;
    if (!speaker && q.cue) speaker = q.rule === "quote:continued" ? last : (resolveSpeaker(doc, people, q.cue, q.start)?.name ?? null);
    q.speaker = speaker;
    last = speaker;
    if (!speaker) continue;
    out.push({ speaker, text: opening(q.text), full: q.text, evidence: [evidenceOf(doc, q, q.rule)] });
  }
  return out;
}

/** The opening words, cut at a word boundary near 80 characters, without trailing punctuation. */
function opening(s: string): string {
  if (s.length <= OPENING) return s.replace(/[\s,.;:]+$/, "");
  const cut = s.slice(0, OPENING + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), 20)).replace(/[\s,.;:]+$/, "");
}
