import type { Doc } from "../../nlp/doc.ts";
import type { Sentence, Span } from "../../nlp/types.ts";
import { ignoreNote, type SlotNote } from "../evidence.ts";
import type { EventKind } from "../types.ts";
import { findCountry } from "../../data/places.ts";
import { matchesOf } from "../../nlp/match-all.ts";

// "presidents of Armenia, Belarus and Kazakhstan", "delegations of ...", "representatives from ..."
const LIST_CUE = /\b(?:presidents|heads of (?:state|government)|heads of (?:the )?delegations|leaders|delegations|representatives|ministers|secretaries|units|troops|servicemen|contingents|forces|military units|participants)\s+(?:of|from)\s+(?:the\s+)?/gi;
const LIST_GAP = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+as well as\s+|\s*,\s*as well as\s+)(?:the\s+)?$/i;
// Exercises: the countries whose forces the sentence says took part.
const INVOLVED = /\b(?:involv\w*|brought together|bring together|participat\w*|took part|take part|taking part|units of|troops from|forces of|servicemen from|contingents? from)\b/i;

const countryName = (norm: string): string => findCountry(norm)?.name ?? norm;

/** Member states the event's sentences say were represented. */
export function statesOf(doc: Doc, sentences: Sentence[], kind: EventKind, note: SlotNote = ignoreNote): string[] {
  const out: string[] = [];
  const add = (c: string, span: Span, rule: string) => {
    if (out.includes(c)) return;
    out.push(c);
    note("state", c, span, rule);
  };
  for (const s of sentences) {
    const countries = doc.entsIn(s, "COUNTRY");
    for (const m of matchesOf(LIST_CUE, doc.slice(s))) {
      let at = s.start + m.index + m[0].length;
      for (const c of countries) {
        if (c.start < at) continue;
        if (c.start !== at && !LIST_GAP.test(doc.text.slice(at, c.start))) break;
        add(countryName(c.norm), c, "state:list");
        at = c.end;
      }
    }
    if (kind === "exercise" && INVOLVED.test(doc.slice(s))) for (const c of countries) add(countryName(c.norm), c, "state:exercise-involved");
  }
  return out;
}
