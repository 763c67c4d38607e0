import { MONTH_ALTERNATION } from "../../nlp/dates/calendar-words.ts";
import type { Doc } from "../../nlp/doc.ts";
import type { Sentence, Span } from "../../nlp/types.ts";
import { ignoreNote, type SlotNote } from "../evidence.ts";
import { findCity, findCountry } from "../../data/places.ts";
import { matchesOf } from "../../nlp/match-all.ts";

/** Head words of documents an event adopts or signs. */
export const DOC_HEAD = /\b(?:declarations?|statements?|plans?|strategy|strategies|decisions?|agreements?|treaty|treaties|memorand(?:um|a)|protocols?|resolutions?|programmes?|programs?|concepts?|charter|initiatives?|conventions?|communiqu[eé]s?|road ?maps?|regulations?|medals?|appeals?|accords?|doctrine|provisions?|budget)\b/i;
// A list item that only counts documents ("20 resolutions", "a number of documents") names none.
const GENERIC = /^(?:and|or|but|such|this|that|these|those|any)\b|^(?:the\s+)?(?:implementation|execution|fulfil+ment|results?|outcomes?)\s+of\b|^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a number of|number of|a package of|package of|a series of|series of|other|some|all|many|corresponding)\b|^documents?\b/i;
const STOP = /\s*(?:[.;:!?]|,?\s+and\s+(?:also\s+)?(?:signed|adopted|approved|agreed|discussed|decided|noted|considered)\b|,?\s+(?:which|that|who|whose|to implement|prepared|aimed|designed|intended|during|at the end|in order|following|after|was|were|has been|have been)\b|,\s+(?:BelTA|TASS|the\s+\w+\s+(?:said|reported))|,?\s+according to\b|,?\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a number of|some|many)?\s*other\s+documents\b)/i;
const ACTIVE = /\b(?:adopted|approved|signed|endorsed|ratified|inked|adoption of|signing of|approval of|became)\s+/gi;
const PASSIVE = /(?:^|[,;:–—-]\s+|\.\s+)([^,;:.]{4,200}?)\s+(?:was|were|has been|have been|had been)?\s*(?:adopted|approved|signed|endorsed)\b/gi;
const HEADLINE = /^([^.]{6,220}?)\s+(?:signed|adopted|approved)\s+(?:in|at|by)\b/i;

/** Short titles of the documents the sentences say were adopted or signed. */
export function documentsOf(doc: Doc, sentences: Sentence[], note: SlotNote = ignoreNote): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const add = (raw: string, rule: string) => {
      const t = clean(raw);
      if (!t || GENERIC.test(t) || !DOC_HEAD.test(t.split(/\s+/).slice(0, 8).join(" "))) return;
      if (out.some((o) => similar(o, t))) return;
      out.push(t);
      note("document", t, spanOf(doc, s, t), rule);
    };
    const text = doc.slice(s).replace(/\s+/g, " ");
    for (const m of matchesOf(ACTIVE, text)) for (const item of listAfter(text.slice(m.index + m[0].length))) add(item, "document:after-verb");
    for (const m of matchesOf(PASSIVE, text)) add(m[1]!, "document:passive");
    const h = HEADLINE.exec(text);
    if (h && !/\b(?:was|were|been)\b/.test(h[1]!)) add(h[1]!, "document:headline");
  }
  return out;
}

/** Where a title stands in its sentence (white space may differ from the cleaned title); the sentence if not found. */
function spanOf(doc: Doc, s: Sentence, title: string): Span {
  const re = new RegExp(title.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"));
  const m = re.exec(doc.slice(s));
  return m ? { start: s.start + m.index, end: s.start + m.index + m[0].length } : { start: s.start, end: s.end };
}

/** The noun phrases of a list after a verb: "the X, the Y and a new Z", up to the clause's end. */
export function listAfter(rest: string): string[] {
  const stop = rest.search(STOP);
  const span = stop >= 0 ? rest.slice(0, stop) : rest;
  return span
    .split(/,\s*(?:and\s+|including\s+|as well as\s+)?|\s+(?:as well as|including)\s+|\s+and\s+(?=(?:also\s+)?(?:a|an|the|new)\s|(?:[\w-]+\s+){0,3}(?:on|of)\s+\p{Lu})/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

const MONTH = MONTH_ALTERNATION;
// "a statement in Moscow on May 16": the place and date are the event's, not the title's.
const TRAILING_WHEN = new RegExp(`\\s+(?:on\\s+)?(?:\\d{1,2}\\s+(?:${MONTH})|(?:${MONTH})\\s+\\d{1,2})(?:,?\\s+\\d{4})?$`);
const TRAILING_WHERE = /\s+(?:in|at)\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)$/u;

function trimPlaceAndDate(t: string): string {
  let out = t.replace(TRAILING_WHEN, "");
  const w = TRAILING_WHERE.exec(out);
  // "a statement on the situation in Afghanistan": a country after a topic belongs to the title.
  const topical = /\b(?:on|about|regarding|concerning)\b/i.test(out.slice(0, w?.index ?? 0));
  if (w && (findCity(w[1]!) || (findCountry(w[1]!) && !topical))) out = out.slice(0, w.index);
  return out.replace(TRAILING_WHEN, "");
}

// "They discussed the X adopted ...": the clause before the object is not part of a title.
const LEAD_CLAUSE = /^.*\b(?:discussed|considered|reviewed|noted|examined|studied|prepared|welcomed|implemented|supported|recalled)\s+/i;

function clean(raw: string): string {
  return trimPlaceAndDate(raw.replace(LEAD_CLAUSE, ""))
    .replace(/[“”"«»‘’]/g, "")
    .replace(/^(?:(?:a|an|the|new|also|jointly|then)\s+)+/i, "")
    .replace(/^(?:in addition|moreover|also|besides),?\s+/i, "")
    .replace(/\s+/g, " ")
    .trim()
    // "… of the Collective Security Treaty and": a list's conjunction is not part of the title.
    .replace(/[\s,]+(?:and|or|as well as)$/i, "");
}

const words = (s: string) => new Set(s.toLowerCase().split(/\W+/).filter((w) => w.length > 2));
function similar(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.max(1, Math.min(x.size, y.size)) >= 0.7;
}
