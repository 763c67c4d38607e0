import type { ParsedComponents } from "chrono-node";

/** The parts of a date, each either known or not; what chrono calls certain components, minus the time. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
}

export function statedParts(c: ParsedComponents): DateParts {
  const get = (k: "year" | "month" | "day" | "weekday") => (c.isCertain(k) ? c.get(k) : null);
  return { year: get("year"), month: get("month"), day: get("day"), weekday: get("weekday") };
}

/** Everything chrono computed (certain or implied) for a relative expression. */
export function computedParts(c: ParsedComponents): { year: number; month: number; day: number } {
  return { year: c.get("year") ?? 0, month: c.get("month") ?? 1, day: c.get("day") ?? 1 };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO text as precise as the parts go: "2018", "2018-11", "2018-11-08". */
export function isoOf(year: number, month: number | null, day: number | null): string {
  if (month === null) return String(year);
  if (day === null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The date `days` after the given one (negative goes back), in the real calendar. */
export function addDays(d: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Day of week, 0 = Sunday as chrono counts. */
export function weekdayOf(d: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}
