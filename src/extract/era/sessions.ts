import { fold, loadData } from "../../data/load.ts";
import { findCity } from "../../data/places.ts";

export interface Session { org: string; body: string; date: string; city: string }

export const SESSIONS: readonly Session[] = loadData<{ sessions: Session[] }>("sessions.json").sessions;

/** Cities compare by their canonical name, so a former name (Nur-Sultan) is the same city (Astana). */
export function sameCity(a: string, b: string): boolean {
  return fold(findCity(a)?.name ?? a) === fold(findCity(b)?.name ?? b);
}

/** Known sessions of this body of this organization in this city. */
export function sessionsOf(org: string, bodies: string[], city: string): Session[] {
  return SESSIONS.filter((s) => s.org === org && bodies.includes(s.body) && sameCity(s.city, city));
}
