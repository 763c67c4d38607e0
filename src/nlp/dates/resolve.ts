import type { ParsedResult } from "chrono-node";
import type { DateMention } from "../types.ts";
import { isoOf, statedParts, type DateParts } from "./components.ts";
import { impliedYear } from "./implied-year.ts";
import { resolveRelative } from "./relative.ts";
import { clauseTense } from "./tense.ts";
import type { Reference } from "./reference.ts";

export interface MentionOptions {
  ref: Reference | null;
  relative: boolean;
  /** The whole (normalized) text, for the tense of the clause. */
  text: string;
  /** Where the result starts in the text (a relative result may have been parsed again on its own). */
  index: number;
}

/**
 * One chrono result as a DateMention against its reference (relative results must have been parsed against that
 * reference's instant), or null when the reference cannot give it a year.
 */
export function toMention(r: ParsedResult, opts: MentionOptions): DateMention | null {
  const { ref, relative, text } = opts;
  const span = { start: opts.index, end: opts.index + r.text.length };
  const rule = ruleOf(r);
  if (relative) {
    if (!ref) return null;
    // "on Saturday" against a year the text happens to state ("founded in 2001") says nothing about that year.
    if (ref.source === "text" && ref.month === null && r.start.isCertain("weekday") && !r.start.isCertain("day")) return null;
    const stated = { year: false, month: false, day: false };
    const tense = clauseTense(text, span.start, span.end);
    const { value, endValue } = resolveRelative(r, ref, tense);
    // Built field by field: object spread is a slow path in V8 for records made this often.
    return { start: span.start, end: span.end, text: r.text, value, endValue, stated, relative: true, rule };
  }
  const s = statedParts(r.start);
  if (s.year === null && s.month === null) return null;
  // "at the end of December" names the month, not its last day (chrono computes one).
  if (/^(?:the\s+)?end\s+of\s/i.test(r.text)) s.day = null;
  const year = s.year ?? (ref ? impliedYear(text, ref, span, s.month!, s.day) : null);
  if (year === null) return null;
  const value = isoOf(year, s.month, s.month === null ? null : s.day);
  const endValue = r.end ? endOf(statedParts(r.end), { year, month: s.month }) : null;
  const stated = { year: s.year !== null, month: s.month !== null, day: s.month !== null && s.day !== null };
  return { start: span.start, end: span.end, text: r.text, value, endValue, stated, relative: false, rule };
}

/** The end of a span takes what it does not state from the start ("August 23-28"); a year turns over if needed. */
function endOf(e: DateParts, start: { year: number; month: number | null }): string | null {
  const month = e.month ?? start.month;
  let year = e.year ?? start.year;
  if (e.year === null && month !== null && start.month !== null && month < start.month) year++;
  return isoOf(year, month, month === null ? null : e.day);
}

function ruleOf(r: ParsedResult): string {
  const tags = [...r.start.tags()].filter((t) => t.startsWith("parser/") || t.startsWith("refiner/"));
  const last = tags.find((t) => t.startsWith("refiner/")) ?? tags[0];
  return "date:" + (last ? last.replace(/^(?:parser|refiner)\//, "") : r.start.isCertain("weekday") ? "weekday" : "chrono");
}
