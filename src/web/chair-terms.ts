import type { ChairPeriodRow, ChairTimelineRow } from "../knowledge/api.ts";
import type { TimelineRow } from "../knowledge/api.ts";

const WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const TERM = /\bfor (?:a |the )?(?:period of |term of )?(a|one|two|three|four|five|six|\d)[- ]years?\b|\bfor (?:a |the )?(one|two|three)-year term\b/i;

/** The term a source states for a chairmanship ("for one year", "for a two-year term"), in years. */
export function statedTermYears(sentences: readonly string[]): number | null {
  for (const s of sentences) {
    const m = TERM.exec(s);
    if (m) {
      const w = (m[1] ?? m[2] ?? "").toLowerCase();
      const n = WORDS[w] ?? Number(w);
      if (n > 0) return n;
    }
  }
  return null;
}

export function addYears(date: string, years: number): string {
  return String(Number(date.slice(0, 4)) + years).padStart(4, "0") + date.slice(4);
}

export interface ChairTerm {
  period: ChairPeriodRow;
  start: string | null;
  end: string | null;
  /** Where the end comes from: a source, the stated term, the next known chairmanship, or none (open). */
  endFrom: "source" | "term" | "next" | "open";
  termYears: number | null;
  /** The meeting of the organization nearest the start, where the chair was handed over. */
  handover: TimelineRow | undefined;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a.padEnd(10, "-01").slice(0, 10)) - Date.parse(b.padEnd(10, "-01").slice(0, 10))) / 864e5;

/** Periods read with their stated term: an end derived from the next known chair is replaced by start + term. */
export function chairTerms(row: ChairTimelineRow, events: readonly TimelineRow[]): ChairTerm[] {
  return row.periods.map((p, i) => {
    const nextStart = row.periods.slice(i + 1).find((n) => n.start && p.start && n.start > p.start && n.state !== p.state)?.start ?? null;
    const termYears = statedTermYears(p.evidence.map((e) => e.sentence));
    const derived = !!p.end && p.end === nextStart;
    let end = p.end;
    let endFrom: ChairTerm["endFrom"] = p.end ? (derived ? "next" : "source") : "open";
    if ((derived || !p.end) && p.start && termYears) {
      end = addYears(p.start, termYears);
      endFrom = "term";
    }
    const handover = p.start ? events.filter((e) => e.org === row.org && e.start && days(e.start, p.start!) <= 31).sort((a, b) => days(a.start!, p.start!) - days(b.start!, p.start!))[0] : undefined;
    return { period: p, start: p.start, end, endFrom, termYears, handover };
  });
}
