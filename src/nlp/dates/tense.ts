import { matchesOf } from "../match-all.ts";
const PAST = /\b(?:was|were|had|has been|held|took place|met|signed|adopted|visited|hosted|ended|began|started|opened|kicked off|completed|gathered|said|told|stated|noted|announced|reported)\b/gi;
// A whole future verb phrase ("will be held", "will take place") ends where its past participle does, so it ties
// with the "held" inside it and, being considered first, wins.
const FUTURE = /\b(?:(?:will|shall|would|is to|are to|to)\s+(?:be\s+)?\w+|will|shall|would|is to|are to|scheduled|planned|plans|upcoming|forthcoming|next|coming)\b/gi;

export type Tense = "past" | "future" | "unknown";

/** The tense of the clause around a mention: the auxiliary or event verb nearest to it decides. */
export function clauseTense(text: string, start: number, end: number): Tense {
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 80);
  const from = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
  const to = after.search(/\.\s|\n/);
  const left = before.slice(from);
  const right = to >= 0 ? after.slice(0, to) : after;
  // Distances from the end of a verb phrase, future first: "to be held" beats the "held" inside it.
  let best: { tense: Tense; dist: number } = { tense: "unknown", dist: Infinity };
  const consider = (re: RegExp, tense: Tense) => {
    for (const m of matchesOf(re, left)) {
      const dist = left.length - (m.index + m[0].length);
      if (dist < best.dist) best = { tense, dist };
    }
    for (const m of matchesOf(re, right)) {
      // Verbs after the date count a little less than those before it ("the talks on May 3 were ...").
      const dist = m.index + 10;
      if (dist < best.dist) best = { tense, dist };
    }
  };
  consider(FUTURE, "future");
  consider(PAST, "past");
  return best.tense;
}
