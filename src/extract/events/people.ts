import type { Doc } from "../../nlp/doc.ts";
import type { Entity, Span } from "../../nlp/types.ts";
import type { PersonFact } from "../types.ts";
import { findCountry, findDemonym } from "../../data/places.ts";
import { fold } from "../../data/load.ts";

/** The article's person for a PERSON entity (its norm is the fullest name; aliases catch the rest). */
export function personOf(people: PersonFact[], e: Entity): PersonFact | undefined {
  const key = fold(e.norm);
  return people.find((p) => fold(p.name) === key) ?? people.find((p) => (p.aliases ?? []).some((a) => fold(a) === fold(e.text)));
}

export const nameOf = (people: PersonFact[], e: Entity): string => personOf(people, e)?.name ?? e.norm;

/** PERSON entities within a span. */
export const personsIn = (doc: Doc, span: Span): Entity[] => doc.entsIn(span, "PERSON");

const STATE_TITLE = /\b(?:president|prime minister|head of state|head of government|emir|king|chancellor|premier|leader)\b/i;

/** The country a person represents: a role's country, else "(Armenia)" / "of Armenia" / "Armenian" beside the name. */
export function countryOfPerson(doc: Doc, people: PersonFact[], e: Entity): string | null {
  for (const r of personOf(people, e)?.roles ?? []) {
    const c = r.of ? findCountry(r.of) : undefined;
    if (c) return c.name;
  }
  const after = doc.text.slice(e.end, e.end + 30);
  const m = /^\s*(?:\(|,?\s+of\s+(?:the\s+)?)([\p{Lu}][\p{L} -]+?)(?:\)|,|\.|\s+and\b|$)/u.exec(after);
  const c = m ? findCountry(m[1]!.trim()) : undefined;
  if (c) return c.name;
  const before = doc.text.slice(Math.max(0, e.start - 40), e.start);
  const d = /(\p{Lu}\p{Ll}+)\s+(?:[\p{L}-]+\s+){0,2}$/u.exec(before);
  return d ? findDemonym(d[1]!)?.name ?? null : null;
}

/** Whether the person holds a head-of-state or government office of some country. */
export function isLeader(p: PersonFact | undefined): boolean {
  return Boolean(p?.roles.some((r) => r.of && findCountry(r.of) && STATE_TITLE.test(r.title) && !/\b(?:deputy|vice|former|first deputy)\b/i.test(r.title)));
}

/** A person holding a head-of-state or government office of the country. */
export function leaderOf(people: PersonFact[], country: string): string | null {
  const p = people.find((x) => x.roles.some((r) => r.of && findCountry(r.of)?.name === country && STATE_TITLE.test(r.title)));
  return p?.name ?? null;
}
