/** Partial ISO dates ("2018", "2018-11", "2018-11-08") compared the way sources can agree on them. */

export type Precision = "none" | "year" | "month" | "day";

export interface DateSpan {
  start: string | null;
  end: string | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function precision(d: string | null | undefined): Precision {
  if (!d) return "none";
  if (DAY.test(d)) return "day";
  if (/^\d{4}-\d{2}$/.test(d)) return "month";
  return /^\d{4}$/.test(d) ? "year" : "none";
}

/** Days since the epoch for a full date, else null. */
export function dayNumber(d: string | null | undefined): number | null {
  const m = d ? DAY.exec(d) : null;
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function prefixCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
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
