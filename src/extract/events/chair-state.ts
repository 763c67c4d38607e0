import type { ChairmanshipFact } from "../types.ts";
import { leaderOf } from "./people.ts";
import type { PersonFact } from "../types.ts";
import { fold } from "../../data/load.ts";

const before = (a: string, b: string): boolean => a.slice(0, Math.min(a.length, b.length)) <= b.slice(0, Math.min(a.length, b.length));

/**
 * A summit is chaired by the leader of the state chairing the organization at the time: the chairmanship that
 * covers the summit's date without starting at it (at a handover summit the outgoing chair presides).
 */
export function chairByChairmanship(o: {
  org: string | null;
  start: string | null;
  chairs: ChairmanshipFact[];
  people: PersonFact[];
  attendees: string[];
}): string | null {
  if (!o.start || !o.org) return null;
  // The term that covers the day: begun before it (a handover summit is chaired by the outgoing state), or, with no
  // known start, one that ends with or after it.
  const covers = (x: ChairmanshipFact) => (x.start ? x.start !== o.start && before(x.start, o.start!) : Boolean(x.end)) && (!x.end || before(o.start!, x.end));
  const c = o.chairs.find((x) => x.org === o.org && covers(x));
  const leader = c ? leaderOf(o.people, c.state) : null;
  return leader && o.attendees.some((a) => fold(a) === fold(leader)) ? leader : null;
}
