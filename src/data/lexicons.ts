import { DataError } from "../errors.ts";
import { derive, knowledge } from "./current.ts";
import type { Knowledge } from "./kinds.ts";

/** The words of one lexicon of the bundle (lexicons.json); a rule asking for a missing one is a data error. */
export function lexicon(name: string, k: Knowledge = knowledge()): readonly string[] {
  const words = k.lexicons[name];
  if (!words) throw new DataError("E_DATA_REFERENCE", "lexicons.json", `lexicons.${name}`, "no such lexicon");
  return words;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const alternations = derive(() => new Map<string, string>());

/** A lexicon as a regular-expression alternation (no group, longest entries first, spaces match any white space). */
export function lexiconPattern(name: string, k: Knowledge = knowledge()): string {
  const cache = alternations(k);
  let p = cache.get(name);
  if (p === undefined) {
    p = [...lexicon(name, k)].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, "\\s+")).join("|");
    cache.set(name, p);
  }
  return p;
}
