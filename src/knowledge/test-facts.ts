import type { EventFact, PersonFact } from "../extract/types.ts";

/** Builders of facts for the unit tests of this folder (defaults are the empty values of SCHEMA.md). */
export function ev(over: Partial<EventFact>): EventFact {
  return {
    kind: "meeting", status: "held", org: "CSTO", bodies: [], name: null, start: null, end: null, city: null,
    country: null, chair: null, attendees: [], states: [], documents_signed: null, documents: [], evidence: [], ...over,
  };
}

export function person(name: string, roles: { title: string; of: string | null; acting?: boolean }[] = []): PersonFact {
  return { name, roles, evidence: [] };
}
