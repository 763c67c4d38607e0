import type { Doc } from "../nlp/doc.ts";
import type { Evidence, PersonFact, QuoteFact } from "./types.ts";
import { evidenceOf, slotEvidence } from "./evidence.ts";
import { resolveSpeaker } from "./quote/speaker.ts";

const OPENING = 80;

/** Quote facts: the Doc's quotations whose speaker resolves to a person of the article (others are dropped). */
export function extractQuotes(doc: Doc, people: PersonFact[]): QuoteFact[] {
  const out: QuoteFact[] = [];
  let last: { name: string; evidence: Evidence } | null = null;
  for (const q of doc.quotes) {
    let speaker: { name: string; evidence: Evidence } | null = null;
    const cue = q.cue ?? q;
    if (q.speaker && people.some((p) => p.name === q.speaker)) speaker = { name: q.speaker, evidence: slotEvidence(doc, "speaker", q.speaker, cue, "speaker:cue-name") };
    else if (q.cue && q.rule === "quote:continued") speaker = last;
    else if (q.cue) {
      const r = resolveSpeaker(doc, people, q.cue, q.start);
      if (r) speaker = { name: r.person.name, evidence: slotEvidence(doc, "speaker", r.person.name, r.span ?? q.cue, r.rule) };
    }
    last = speaker;
    if (!speaker) continue;
    out.push({ speaker: speaker.name, text: opening(q.text), full: q.text, evidence: [evidenceOf(doc, q, q.rule), speaker.evidence] });
  }
  return out;
}

/** The opening words, cut at a word boundary near 80 characters, without trailing punctuation. */
function opening(s: string): string {
  if (s.length <= OPENING) return s.replace(/[\s,.;:]+$/, "");
  const cut = s.slice(0, OPENING + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), 20)).replace(/[\s,.;:]+$/, "");
}
