/** What a date resolves against: the article's own date (as precise as known) or a year the text states. */
export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
  /** "article": the article's date; "text": a year taken from the text itself (refDate was null). */
  source: "article" | "text";
}

/** Parses an ISO date, full or partial ("2018", "2018-05", "2018-05-24", "2018-05-24T17:24"). */
export function parseIsoRef(iso: string | null): Reference | null {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null, source: "article" };
}

/** A UTC instant for chrono's reference: unknown parts fall to mid-year/mid-month so "next month" stays plausible. */
export function referenceInstant(ref: Reference): Date {
  return new Date(Date.UTC(ref.year, (ref.month ?? 7) - 1, ref.day ?? 1, 12));
}
