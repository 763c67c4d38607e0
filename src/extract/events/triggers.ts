import type { EventKind } from "../types.ts";
import { derive } from "../../data/current.ts";
import { lexiconPattern } from "../../data/lexicons.ts";
import { matchesOf } from "../../nlp/match-all.ts";

export interface Trigger {
  kind: EventKind;
  start: number;
  end: number;
  word: string;
}

// Words that name a gathering; "met" only counts with a collective subject (checked by the mention builder).
const words = derive((k) => ({
  MEETING: new RegExp(String.raw`\b(?:${lexiconPattern("meeting-nouns", k)}|${lexiconPattern("meeting-verbs", k)})\b`, "gi"),
  EXERCISE: new RegExp(String.raw`\b(?:${lexiconPattern("exercise-nouns", k)})\b`, "gi"),
  VERB_MET: new RegExp(String.raw`^(?:${lexiconPattern("meeting-verbs", k)})$`),
}));

/** Event words of a text (one sentence), in order. */
export function findTriggers(text: string, offset = 0): Trigger[] {
  const out: Trigger[] = [];
  const { MEETING, EXERCISE } = words();
  for (const [re, kind] of [[MEETING, "meeting"], [EXERCISE, "exercise"]] as const) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, text)) {
      // "exercise" as a verb ("to exercise control") is not a drill.
      if (kind === "exercise" && /^exercise$/i.test(m[0]) && isVerb(text, m.index, m.index + m[0].length)) continue;
      // A press conference or a meeting with one official reports on the event; it is not one.
      if (/^conferences?$/i.test(m[0]) && /\b(?:press|news)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (/^meetings?$/i.test(m[0]) && /^\s+with\s+(?:(?:his|her|the|their)\s+)?(?:\p{Lu}|counterpart|journalists|reporters|the press)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      out.push({ kind, start: offset + m.index, end: offset + m.index + m[0].length, word: m[0].toLowerCase() });
    }
  }
  // "held ... via videoconference" names how, not what, when another event word is there.
  const video = (t: Trigger) => /^video/.test(t.word);
  const kept = out.some((t) => t.kind === "meeting" && !video(t)) ? out.filter((t) => !video(t)) : out;
  return kept.sort((a, b) => a.start - b.start);
}

export const isVerbMet = (word: string): boolean => words().VERB_MET.test(word);

/** "to exercise control", "will exercise restraint": the verb. */
function isVerb(text: string, start: number, end: number): boolean {
  if (/\b(?:to|will|would|can|could|shall|should|must|may|might|not|they|we|states)\s*$/i.test(text.slice(Math.max(0, start - 12), start))) return true;
  return /^\s+(?:control|restraint|caution|its|their|the right|power|influence|authority|jurisdiction|oversight)\b/i.test(text.slice(end, end + 20));
}
