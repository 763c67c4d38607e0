/** Partial ISO dates ("2018", "2018-11", "2018-11-08"): the one place their arithmetic is written. */

export type Precision = "none" | "year" | "month" | "day";

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

/** One date is a prefix of the other ("2018" and "2018-11-08"): they can name the same day. */
export function prefixCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The full date `n` days after (or before) a full date. */
export function addDays(iso: string, n: number): string {
  const d = dayNumber(iso);
  if (d === null) throw new RangeError(`not a full date: ${iso}`);
  return fromDayNumber(d + n);
}

/** Days between two full dates (Infinity unless both are full). */
export function daysApart(a: string | null | undefined, b: string | null | undefined): number {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x === null || y === null ? Infinity : Math.abs(x - y);
}
