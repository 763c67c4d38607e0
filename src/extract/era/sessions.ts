import { knowledge } from "../../data/current.ts";
import type { Session } from "../../data/kinds.ts";
import { fold } from "../../data/load.ts";
import { findCity } from "../../data/places.ts";

export type { Session };

/** Cities compare by their canonical name, so a former name (Nur-Sultan) is the same city (Astana). */
export function sameCity(a: string, b: string): boolean {
  return fold(findCity(a)?.name ?? a) === fold(findCity(b)?.name ?? b);
}

/** Known sessions of this body of this organization in this city. */
export function sessionsOf(org: string, bodies: string[], city: string): Session[] {
  return knowledge().sessions.filter((s) => s.org === org && bodies.includes(s.body) && sameCity(s.city, city));
}
