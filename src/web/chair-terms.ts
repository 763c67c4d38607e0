import type { ChairPeriodRow, ChairTimelineRow } from "../knowledge/api.ts";
import type { TimelineRow } from "../knowledge/api.ts";

const WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const N = "(a|one|two|three|four|five|six|\\d)";
const TERMS = [
  new RegExp(`\\bfor [^.;]{0,40}?\\b(?:period|term) of ${N}[- ]years?\\b`, "i"),
  new RegExp(`\\bfor ${N}[- ]years?\\b`, "i"),
  new RegExp(`\\b${N}-year (?:term|period|chairmanship|presidency)\\b`, "i"),
];

/**
 * The term a source states for one state's chairmanship ("for one year", "for the next period of one year", "a
 * two-year term"), in years. In "from Kazakhstan to Kyrgyzstan for one year" the term is Kyrgyzstan's: it belongs to
 * the state named last before it, so `states` (every state of the rotation) decides whose it is.
 */
export function statedTermYears(sentences: readonly string[], state?: string, states: readonly string[] = []): number | null {
  for (const s of sentences) {
    for (const re of TERMS) {
      const m = re.exec(s);
      if (!m) continue;
      const before = s.slice(0, m.index);
      const last = states.map((x) => ({ x, at: before.lastIndexOf(x) })).filter((v) => v.at >= 0).sort((a, b) => b.at - a.at)[0];
      if (state && last && last.x !== state) continue;
      const w = (m[1] ?? "").toLowerCase();
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
  /** Where the end comes from: a source, the stated term, the next known chairmanship, none (open), or no date at all. */
  endFrom: "source" | "term" | "next" | "open" | "undated";
  termYears: number | null;
  /** The meeting of the organization nearest the start, where the chair was handed over. */
  handover: TimelineRow | undefined;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a.padEnd(10, "-01").slice(0, 10)) - Date.parse(b.padEnd(10, "-01").slice(0, 10))) / 864e5;

/** Periods read with their stated term: an end derived from the next known chair is replaced by start + term. */
export function chairTerms(row: ChairTimelineRow, events: readonly TimelineRow[]): ChairTerm[] {
  return row.periods.map((p, i) => {
    const nextStart = row.periods.slice(i + 1).find((n) => n.start && p.start && n.start > p.start && n.state !== p.state)?.start ?? null;
    const termYears = statedTermYears(p.evidence.map((e) => e.sentence), p.state, [...new Set(row.periods.map((x) => x.state))]);
    const derived = !!p.end && p.end === nextStart;
    let end = p.end;
    let endFrom: ChairTerm["endFrom"] = p.end ? (derived ? "next" : "source") : p.start ? "open" : "undated";
    if ((derived || !p.end) && p.start && termYears) {
      end = addYears(p.start, termYears);
      endFrom = "term";
    }
    const handover = p.start ? events.filter((e) => e.org === row.org && e.start && days(e.start, p.start!) <= 31).sort((a, b) => days(a.start!, p.start!) - days(b.start!, p.start!))[0] : undefined;
    return { period: p, start: p.start, end, endFrom, termYears, handover };
  });
}
