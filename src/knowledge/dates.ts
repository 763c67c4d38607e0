/** Partial ISO dates ("2018", "2018-11", "2018-11-08") compared the way sources can agree on them. */

import { dayNumber, fromDayNumber, precision, prefixCompatible } from "../nlp/dates/partial.ts";

export { dayNumber, fromDayNumber, precision, prefixCompatible, type Precision } from "../nlp/dates/partial.ts";

export interface DateSpan {
  start: string | null;
  end: string | null;
}

/** The first and last day of a span whose start is a full date (end defaults to start). */
function days(s: DateSpan): { from: number; to: number } | null {
  const from = dayNumber(s.start);
  if (from === null) return null;
  const to = dayNumber(s.end);
  return { from, to: to !== null && to >= from ? to : from };
}

/**
 * Two dated mentions can be the same happening: one date is a prefix of the other ("2018" and "2018-11-08"), or one's
 * days fall within the other's span (a two-day meeting contains a one-day session). `toleranceDays` widens spans, for
 * sources one day apart on the very same meeting. Undated mentions are not compatible with anything here.
 */
export function spansCompatible(a: DateSpan, b: DateSpan, toleranceDays = 0): boolean {
  if (!a.start || !b.start) return false;
  const x = days(a);
  const y = days(b);
  if (x && y) return x.from <= y.to + toleranceDays && y.from <= x.to + toleranceDays;
  // At least one side is partial: it must be a prefix of some day the other side covers.
  if (prefixCompatible(a.start, b.start)) return true;
  if (a.end && prefixCompatible(a.end, b.start)) return true;
  return !!b.end && prefixCompatible(a.start, b.end);
}

/** Years a mention may fall in (with one day either side for full dates), for blocking. */
export function yearsOf(s: DateSpan, toleranceDays = 1): string[] {
  if (!s.start || precision(s.start) === "none") return [];
  const d = days(s);
  if (!d) return [s.start.slice(0, 4)];
  const first = Number(fromDayNumber(d.from - toleranceDays).slice(0, 4));
  const last = Number(fromDayNumber(d.to + toleranceDays).slice(0, 4));
  const out: string[] = [];
  for (let y = first; y <= last; y++) out.push(String(y));
  return out;
}

/** Earlier first; a partial date sorts before the full dates it contains. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
