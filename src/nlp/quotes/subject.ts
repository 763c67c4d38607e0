import type { Doc } from "../doc.ts";
import type { Entity, Span } from "../types.ts";
import { derive } from "../../data/current.ts";
import { speechPattern } from "./attribution.ts";

const verbBefore = derive((k) => new RegExp(String.raw`\b(?:${speechPattern(k)})\s*$`, "iu"));
// A comma-framed aside inside the subject: ", who chairs the council,", ", speaking at a meeting with Y,".
const ASIDE = /,\s*(?:who|which|whose|speaking|addressing|commenting|answering|responding|referring|talking|meeting|while|when|after|following)\b[^,]*(?:,|$)/giu;

/**
 * The person a cue's words name. After the verb ("said X, who met Y") it is the first name; before the verb it is the
 * last name outside comma-framed asides, nearest the verb: "Fox was speaking after Mr Blair told" → Blair,
 * "X, speaking at a meeting with Y, said" → X.
 */
export function subjectPerson(doc: Doc, cue: Span): Entity | undefined {
  // "Tony Blair's spokesman said": a possessor is not the speaker.
  const persons = doc.entsIn(cue, "PERSON").filter((p) => !/^[’']s\b/.test(doc.text.slice(p.end, p.end + 3)));
  if (persons.length <= 1) return persons[0];
  if (verbBefore().test(doc.text.slice(Math.max(0, cue.start - 40), cue.start))) return persons[0];
  const words = doc.text.slice(cue.start, cue.end);
  const asides: Span[] = [...words.matchAll(ASIDE)].map((m) => ({ start: cue.start + m.index, end: cue.start + m.index + m[0].length }));
  const outside = persons.filter((p) => !asides.some((a) => a.start <= p.start && p.end <= a.end));
  return (outside.length ? outside : persons).at(-1);
}
