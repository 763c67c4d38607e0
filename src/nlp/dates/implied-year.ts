import type { Reference } from "./reference.ts";
import { clauseTense } from "./tense.ts";

/**
 * The year of a month (and day) the text gives without one. Against the article's date the default is the same year;
 * a past clause naming a later month means last year's, a future clause naming a much earlier month next year's.
 * A reference taken from the text itself (see anchors.ts) gives its year as it is.
 */
export function impliedYear(text: string, ref: Reference, at: { start: number; end: number }, month: number, day: number | null): number {
  if (ref.month === null) return ref.year;
  // "last October", "next March": the nearest such month before or after the reference.
  const lead = text.slice(Math.max(0, at.start - 12), at.start);
  if (/\b(?:last|past)\s+$/i.test(lead)) return month < ref.month ? ref.year : ref.year - 1;
  if (/\bnext\s+$/i.test(lead)) return month > ref.month ? ref.year : ref.year + 1;
  if (ref.source !== "article") return ref.year;
  const tense = clauseTense(text, at.start, at.end);
  // Within the article's own month a later day is more likely a slip of tense than last year's date.
  const later = month > ref.month;
  if (tense === "past" && later) return ref.year - 1;
  if (tense === "future" && month < ref.month - 1) return ref.year + 1;
  return ref.year;
}
