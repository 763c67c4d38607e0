/**
 * Who a gathering brings together ("foreign ministers", "heads of state"), as named in text, mapped to the
 * `members` key of data/organizations.json bodies, so "a meeting of the defence ministers" finds the body.
 */
import { isVerbMet } from "./triggers.ts";
const GROUPS: { re: RegExp; members: string }[] = [
  { re: /heads? of (?:state|states)|presidents|state leaders|leaders/i, members: "heads of state" },
  { re: /heads? of government|prime ministers|premiers/i, members: "heads of government" },
  { re: /foreign ministers|ministers of foreign affairs|foreign affairs ministers|heads of (?:the )?foreign ministries/i, members: "foreign ministers" },
  { re: /defen[cs]e ministers|ministers of defen[cs]e|heads of (?:the )?defen[cs]e ministries/i, members: "defence ministers" },
  {
    re: /security council secretaries|secretaries(?: general)? of (?:the )?(?:\w+ )?security councils?|heads of (?:the )?security councils/i,
    members: "secretaries of security councils",
  },
];

const ANY = GROUPS.map((g) => `(?:${g.re.source})`).join("|");
/** One group or several joined by "and"/commas ("security council secretaries and defense ministers"). */
export const MEMBERS_LIST = new RegExp(`(?:${ANY})(?:(?:,\\s*|\\s+and\\s+|\\s+as well as\\s+)(?:the\\s+)?(?:${ANY}))*`, "i");

/** The `members` keys named in a phrase, in order. */
export function membersIn(phrase: string): string[] {
  const out: string[] = [];
  const re = new RegExp(ANY, "gi");
  for (const m of phrase.matchAll(re)) {
    const g = GROUPS.find((x) => new RegExp(`^(?:${x.re.source})$`, "i").test(m[0]));
    if (g && !out.includes(g.members)) out.push(g.members);
  }
  return out;
}

// "a meeting of the CSTO defence ministers", "session of secretaries general of security councils"
const OF_TRIGGER = new RegExp(`^\\s+of\\s+(?:the\\s+)?(?:[A-Z]{2,6}(?:'s|’s)?\\s+)?(?:member[- ]states'?\\s+|member[- ]countries'?\\s+)?(${MEMBERS_LIST.source})`, "i");
// "the heads of state of the CIS countries are scheduled to meet", "CSTO leaders met"
const BEFORE_MET = new RegExp(`(${MEMBERS_LIST.source})(?:[^.;:!?“”"]{0,120})$`, "i");
// "has met with security council secretaries and defense ministers"
const MET_WITH = new RegExp(`^\\s+with\\s+(?:the\\s+)?(${MEMBERS_LIST.source})`, "i");

/** Members a trigger's context names: after "meeting of", before "met", after "met with". */
export function membersAround(text: string, at: { start: number; end: number; word: string }): string[] {
  const after = text.slice(at.end, at.end + 140);
  const before = text.slice(Math.max(0, at.start - 140), at.start);
  if (isVerbMet(at.word)) {
    const w = MET_WITH.exec(after);
    if (w) return membersIn(w[1]!);
    const b = BEFORE_MET.exec(before);
    return b ? membersIn(b[1]!).slice(0, 1) : [];
  }
  const o = OF_TRIGGER.exec(after);
  return o ? membersIn(o[1]!) : [];
}
