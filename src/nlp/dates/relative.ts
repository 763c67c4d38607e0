import type { ParsedResult } from "chrono-node";
import type { Reference } from "./reference.ts";
import type { Tense } from "./tense.ts";
import { addDays, computedParts, isoOf, weekdayOf } from "./components.ts";

const RELATIVE_WORD = /\b(?:today|yesterday|tomorrow|tonight|this|next|last|past|coming|ago|later|earlier|previous|current)\b/i;

/** Relative expressions are resolved against the reference; weekdays alone ("on Tuesday") are relative too. */
export function isRelative(r: ParsedResult): boolean {
  // chrono's parsers of "in a week", "3 days ago", "today": counted from the reference, whatever they mark certain.
  if ([...r.start.tags()].some((t) => /TimeUnit|RelativeDate|relativeDate|Casual/.test(t))) return true;
  if (RELATIVE_WORD.test(r.text)) return !r.start.isCertain("day") || !/\d/.test(r.text);
  return r.start.isCertain("weekday") && !r.start.isCertain("day");
}

export interface Resolved {
  value: string;
  endValue: string | null;
}

/**
 * A relative expression as precise as both it and the reference allow: "today" against "2018-05" is "2018-05".
 * A plain weekday lies in the article's own week (Monday to Sunday), the way news reports "on Tuesday", unless the
 * tense of its clause puts it before or after the article's day.
 */
export function resolveRelative(r: ParsedResult, ref: Reference, tense: Tense): Resolved {
  const weekdayOnly = r.start.isCertain("weekday") && !r.start.isCertain("day");
  const plainWeekday = weekdayOnly && !/\b(?:next|last|this|past|coming|previous)\b/i.test(r.text);
  if (plainWeekday) {
    if (ref.day === null || ref.month === null) return { value: isoOf(ref.year, ref.month, null), endValue: null };
    const full = { year: ref.year, month: ref.month, day: ref.day };
    const startWd = r.start.get("weekday") ?? 0;
    let shift = monIndex(startWd) - monIndex(weekdayOf(full));
    // A past clause cannot name a day after the article, nor a future one a day before it.
    if (tense === "past" && shift > 0) shift -= 7;
    if (tense === "future" && shift < 0) shift += 7;
    const at = (days: number) => {
      const d = addDays(full, days);
      return isoOf(d.year, d.month, d.day);
    };
    const endWd = r.end?.get("weekday");
    const span = endWd != null ? (monIndex(endWd) - monIndex(startWd) + 7) % 7 : null;
    return { value: at(shift), endValue: span !== null ? at(shift + span) : null };
  }
  const precision = r.start.isCertain("day") || weekdayOnly ? 3 : r.start.isCertain("month") ? 2 : 1;
  const limit = ref.day !== null ? 3 : ref.month !== null ? 2 : 1;
  const p = Math.min(precision, limit);
  const iso = (c: { year: number; month: number; day: number }) => isoOf(c.year, p >= 2 ? c.month : null, p >= 3 ? c.day : null);
  return { value: iso(computedParts(r.start)), endValue: r.end ? iso(computedParts(r.end)) : null };
}

/** Monday = 0 ... Sunday = 6. */
function monIndex(chronoWeekday: number): number {
  return (chronoWeekday + 6) % 7;
}
