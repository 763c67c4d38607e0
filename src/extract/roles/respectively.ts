import type { Doc } from "../../nlp/doc.ts";
import type { Entity } from "../../nlp/types.ts";
import { findCountry } from "../../data/places.ts";
import { groupTitleBefore } from "./group-title.ts";
import type { ParsedRole } from "./parse-role.ts";

const DASH = /\s[–—-]\s/g;
const COUNTRIES = /\bof\s+(?:the\s+)?((?:[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?(?:,\s*(?:and\s+)?|\s+and\s+))+[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)\s*$/u;

/**
 * "The heads of state of Armenia, Belarus and Russia – A, B and C": the n-th person listed after the dash holds the
 * group title of the n-th country, when the two lists are of the same length.
 */
export function respectiveRole(doc: Doc, p: Entity, sentenceStart: number): ParsedRole | null | undefined {
  const text = doc.text.slice(sentenceStart, p.start);
  const dash = [...text.matchAll(DASH)].at(-1);
  if (!dash) return undefined;
  const listStart = sentenceStart + dash.index + dash[0].length;
  const m = COUNTRIES.exec(text.slice(0, dash.index));
  if (!m) return undefined;
  const countries = m[1]!.split(/,\s*(?:and\s+)?|\s+and\s+/).map((c) => findCountry(c.trim())?.name);
  if (countries.some((c) => !c)) return undefined;
  const persons = doc.ents.filter((e) => e.label === "PERSON" && e.start >= listStart);
  const run: Entity[] = [];
  for (const e of persons) {
    const gap = doc.text.slice(run.length ? run[run.length - 1]!.end : listStart, e.start);
    if (run.length && !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap)) break;
    run.push(e);
  }
  const i = run.findIndex((e) => e.start === p.start);
  // A list of another length is no respective pairing: no role rather than a wrong one.
  if (i < 0 || run.length !== countries.length) return i < 0 ? undefined : null;
  const title = groupTitleBefore(text, m.index + 1);
  return title ? { title, of: countries[i]!, acting: false } : null;
}
