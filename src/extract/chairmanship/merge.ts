import type { ChairmanshipFact, Evidence } from "../types.ts";
import type { ClaimRole } from "./rules.ts";

/** One sentence's word on one state's chairmanship. */
export interface Claim {
  org: string;
  state: string;
  role: ClaimRole;
  date: string | null;
  /** The date was stated beside the words, not taken from the article's meeting. */
  explicit: boolean;
  evidence: Evidence;
}

/**
 * One fact per organization and state. A start comes from "starts"/"holds" claims, an end from "ends" claims;
 * a date stated beside the words beats one borrowed from the meeting, and the first in the text wins a tie.
 */
export function mergeClaims(claims: Claim[]): ChairmanshipFact[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = `${c.org}\u0000${c.state}`;
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const out: ChairmanshipFact[] = [];
  for (const group of byKey.values()) {
    const first = group[0]!;
    const start = pick(group.filter((c) => c.role !== "ends"));
    const end = pick(group.filter((c) => c.role === "ends"));
    out.push({ org: first.org, state: first.state, start, end, evidence: group.map((c) => c.evidence) });
  }
  return out;
}

function pick(claims: Claim[]): string | null {
  const dated = claims.filter((c) => c.date !== null);
  const best = dated.find((c) => c.explicit) ?? dated[0];
  if (!best?.date) return null;
  // A state that holds the chairmanship on a day held it that year; the day it began is not known.
  return best.role === "holds" ? best.date.slice(0, 4) : best.date;
}
