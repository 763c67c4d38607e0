/**
 * Who a gathering brings together ("foreign ministers", "heads of state"), as named in text, mapped to the
 * `members` key of organizations.json bodies through member-groups.json, so "a meeting of the defence ministers"
 * finds the body. A user's knowledge folder adds groups ("chiefs of defence") without code.
 */
import { derive } from "../../data/current.ts";
import { isVerbMet } from "./triggers.ts";
import { matchesOf } from "../../nlp/match-all.ts";

const patterns = derive((k) => {
  const groups = k.memberGroups.map((g) => ({ members: g.members, re: new RegExp(`^(?:${g.forms.map((f) => f.pattern).join("|")})$`, "iu") }));
  const any = k.memberGroups.flatMap((g) => g.forms).map((f) => `(?:${f.pattern})`).join("|");
  // One group or several joined by "and"/commas ("security council secretaries and defense ministers").
  const list = `(?:${any})(?:(?:,\\s*|\\s+and\\s+|\\s+as well as\\s+)(?:the\\s+)?(?:${any}))*`;
  return {
    groups,
    any: new RegExp(any, "giu"),
    // "a meeting of the CSTO defence ministers", "session of secretaries general of security councils"
    ofTrigger: new RegExp(`^\\s+of\\s+(?:the\\s+)?(?:[A-Z]{2,6}(?:'s|’s)?\\s+)?(?:member[- ]states'?\\s+|member[- ]countries'?\\s+)?(${list})`, "iu"),
    // "the heads of state of the CIS countries are scheduled to meet", "CSTO leaders met"
    beforeMet: new RegExp(`(${list})(?:[^.;:!?“”"]{0,120})$`, "iu"),
    // "has met with security council secretaries and defense ministers"
    metWith: new RegExp(`^\\s+with\\s+(?:the\\s+)?(${list})`, "iu"),
    beforeNoun: new RegExp(`(${list})(?:['’]s?)?\\s+$`, "iu"),
  };
});

/** The `members` keys named in a phrase, in order. */
export function membersIn(phrase: string): string[] {
  const p = patterns();
  const out: string[] = [];
  for (const m of matchesOf(p.any, phrase)) {
    const g = p.groups.find((x) => x.re.test(m[0]));
    if (g && !out.includes(g.members)) out.push(g.members);
  }
  return out;
}

/** Members a trigger's context names: after "meeting of", before "met", after "met with". */
export function membersAround(text: string, at: { start: number; end: number; word: string }): string[] {
  const p = patterns();
  const after = text.slice(at.end, at.end + 140);
  const before = text.slice(Math.max(0, at.start - 140), at.start);
  if (isVerbMet(at.word)) {
    const w = p.metWith.exec(after);
    if (w) return membersIn(w[1]!);
    const b = p.beforeMet.exec(before);
    return b ? membersIn(b[1]!).slice(0, 1) : [];
  }
  const o = p.ofTrigger.exec(after);
  if (o) return membersIn(o[1]!);
  // "the SCO foreign ministers' meeting": the group right before the event word.
  const b = p.beforeNoun.exec(before);
  return b ? membersIn(b[1]!) : [];
}
