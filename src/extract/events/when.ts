import { derive } from "../../data/current.ts";
import { lexiconPattern } from "../../data/lexicons.ts";
import type { Doc } from "../../nlp/doc.ts";
import type { DateMention, Span } from "../../nlp/types.ts";

/** A dateline's date ("YEREVAN, JANUARY 13, ARMENPRESS") restates the article's date, not an event's. */
export function isDateline(doc: Doc, d: DateMention): boolean {
  const lineStart = doc.text.lastIndexOf("\n", d.start) + 1;
  const before = doc.text.slice(lineStart, d.start);
  return /^\s*[A-ZÀ-Ý][A-ZÀ-Ý\s.-]{2,30}[,.]?\s*$/.test(before);
}

const UNTIL = /\b(?:until|till|through|to last until|lasting until)\s+$/i;
const isUntil = (doc: Doc, d: DateMention): boolean => UNTIL.test(doc.text.slice(Math.max(0, d.start - 20), d.start));

/** "the drills, which will last until October 23": the last day of a span stated apart from its start. */
export function untilNear(doc: Doc, sentence: Span): DateMention | null {
  return doc.datesIn(sentence).find((d) => d.value.length === 10 && isUntil(doc, d)) ?? null;
}

// "…, Pashinyan announced on January 10": the day of the statement, not of the event.
const speechBefore = derive((k) => new RegExp(String.raw`\b(?:(?:${lexiconPattern("reporting-verbs", k)})(?<!told)|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|the media|the press|a news conference|a briefing))\s+(?:on\s+|last\s+|this\s+)?$`, "i"));

function usable(doc: Doc, d: DateMention): boolean {
  if (isUntil(doc, d)) return false;
  if (speechBefore().test(doc.text.slice(Math.max(0, d.start - 60), d.start))) return false;
  // "A year later", "two days earlier": counted from the event told before, not from the article's date.
  if (d.relative && /\b(?:later|earlier|afterwards?|before)\b/i.test(d.text)) return false;
  // "has held sixteen summits since January 2000": the start of a period, not an event's day.
  if (/\bsince\s+$/i.test(doc.text.slice(Math.max(0, d.start - 8), d.start))) return false;
  if (d.value.length === 4 && !d.endValue) {
    const before = doc.text.slice(Math.max(0, d.start - 30), d.start);
    // A bare year counts only as "in 2019" after an event word, not as a period or a founding year.
    // The year of a name ("Interaction-2015", "Strategy 2025") dates nothing.
    if (/\p{Lu}[\p{L}]+[- ]$/u.test(before)) return false;
    if (/\b(?:for|until|till|since|by|before|strategy|launched in|founded in|established in|created in)\s*$/i.test(before)) return false;
  }
  if (d.value.length === 4 && d.endValue && d.endValue !== d.value) return false; // "2021-2025" is a plan's period
  return true;
}

export interface When {
  start: string | null;
  end: string | null;
  /** The date came from the dateline only. */
  weak: boolean;
  /** The date's words and the rule that chose them. */
  span?: Span;
  rule?: string;
}

/** Distance from a span to a trigger; text before the trigger counts a little more. */
export const gap = (s: Span, t: Span): number => (s.start >= t.end ? s.start - t.end : (t.start - s.end) * 1.2);

/** Whether `t` is the trigger of the sentence nearest to the span (each date or place belongs to one event word). */
export const nearestIs = (s: Span, t: Span, triggers: Span[]): boolean => triggers.every((o) => gap(s, t) <= gap(s, o));

/**
 * The date of the event a trigger names: the most precise usable date of its sentence among those nearer to it
 * than to the sentence's other event words.
 */
export function dateNear(doc: Doc, sentence: Span, trigger: Span, triggers: Span[] = [trigger]): When {
  const all = doc.datesIn(sentence).filter((d) => usable(doc, d) && nearestIs(d, trigger, triggers) && !inOtherClause(doc, trigger, d));
  const body = all.filter((d) => !isDateline(doc, d));
  const pool = body.length ? body : all;
  const best = [...pool].sort((a, b) => precision(b) - precision(a) || gap(a, trigger) - gap(b, trigger))[0];
  if (!best) return { start: null, end: null, weak: false };
  return { start: best.value, end: best.endValue, weak: !body.length, span: { start: best.start, end: best.end }, rule: body.length ? "date:nearest" : "date:dateline-line" };
}

// "in 2022 in Armenia, which will assume the chairmanship on January 1, 2022": a relative clause after the event
// dates something else.
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose|whereas|while)\b/i;
// "the summit, which will be held in Tianjin on August 31": a relative clause that tells when the event itself
// happens keeps its date.
const OWN_CLAUSE = /,\s+(?:which|that)\s+(?:will\s+be|is\s+to\s+be|is\s+being|was|is|has\s+been|will|is\s+scheduled\s+to\s+be|is\s+expected\s+to\s+be)?\s*(?:held|take\s+place|took\s+place|takes\s+place|scheduled|convened|opened|open|opens|began|begin|begins|run|runs|ran|last|lasts|lasted)\b/i;
const inOtherClause = (doc: Doc, trigger: Span, d: DateMention): boolean => {
  if (d.start <= trigger.end) return false;
  const between = doc.text.slice(trigger.end, d.start);
  // "spoke at the meeting and said that X will take office in 2023": what was said, not when it was said.
  if (REPORTED_THAT().test(between)) return true;
  return RELATIVE_CLAUSE.test(between) && !OWN_CLAUSE.test(between);
};
const REPORTED_THAT = derive((k) => new RegExp(String.raw`\b(?:${lexiconPattern("speech-verbs", k)})\s+that\b`, "i"));

const precision = (d: DateMention): number => (d.value.length >= 10 ? 2 : d.value.length >= 7 ? 1 : 0);
