import type { ParsedResult } from "chrono-node";
import type { Reference } from "./reference.ts";
import { isRelative } from "./relative.ts";

/** A date the text states with its year, usable to resolve the dates around it when the article's date is unknown. */
export interface Anchor {
  offset: number;
  year: number;
  month: number | null;
  day: number | null;
}

// Years that name a target or a programme's span say nothing about when the reported things happen.
const TARGET_BEFORE = /\b(?:till|until|up to|through|by|for|to|before|after|beyond|strategy|programme|program|plan)\s*$/i;

export function anchorsOf(text: string, results: ParsedResult[]): Anchor[] {
  const out: Anchor[] = [];
  for (const r of results) {
    const s = r.start;
    if (isRelative(r) || !s.isCertain("year")) continue;
    if (r.end && !s.isCertain("month")) continue;
    if (!s.isCertain("month") && TARGET_BEFORE.test(text.slice(Math.max(0, r.index - 20), r.index))) continue;
    const month = s.isCertain("month") ? s.get("month") : null;
    const day = month !== null && s.isCertain("day") ? s.get("day") : null;
    out.push({ offset: r.index, year: s.get("year")!, month, day });
  }
  return out;
}

/**
 * Without the article's date, a date lacking its year takes it from a date stated before it (in its sentence first,
 * then anywhere: a header or dateline date comes first), else from a year stated later in its sentence; nothing else
 * is trusted, because a wrong year is worse than none.
 */
export function anchorFor(text: string, anchors: Anchor[], at: { start: number; end: number }): Reference | null {
  const lo = Math.max(text.lastIndexOf(". ", at.start), text.lastIndexOf("\n", at.start));
  const hi = firstOf(text, [". ", "\n"], at.end);
  // The sentence's own year stated before the date, else the nearest date stated before it anywhere, else a year
  // stated later in the same sentence ("on May 24 ... in 2018"): a later date in the sentence is often another event's.
  const inSentence = anchors.filter((a) => a.offset > lo && a.offset < hi && a.offset !== at.start);
  const before = (xs: Anchor[]) => [...xs].reverse().find((a) => a.offset < at.start) ?? null;
  const after = inSentence.find((a) => a.offset > at.start) ?? null;
  const best = before(inSentence) ?? before(anchors) ?? after;
  return best ? { year: best.year, month: best.month, day: best.day, source: "text" } : null;
}

function firstOf(text: string, needles: string[], from: number): number {
  const found = needles.map((n) => text.indexOf(n, from)).filter((i) => i >= 0);
  return found.length ? Math.min(...found) : text.length;
}
