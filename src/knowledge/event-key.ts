import { knowledge } from "../data/current.ts";
import type { EventFact } from "../extract/types.ts";
import { fold } from "../data/load.ts";
import { normBody } from "../data/organizations.ts";
import { canonicalBody, canonicalCity, canonicalCountry, canonicalOrg } from "./canonical.ts";
import { precision, yearsOf, type DateSpan, type Precision } from "./dates.ts";

/** An event fact reduced to what identity depends on, with names canonicalized (Nur-Sultan → Astana). */
export interface EventKey {
  kind: string;
  org: string | null;
  bodies: string[];
  name: string | null;
  city: string | null;
  country: string | null;
  span: DateSpan;
  precision: Precision;
}

export function eventKey(e: EventFact): EventKey {
  const bodies = [...new Set(e.bodies.map((b) => normBody(canonicalBody(e.org, b))))].sort();
  return {
    kind: e.kind,
    org: canonicalOrg(e.org),
    bodies,
    name: e.name ? fold(e.name) : null,
    city: canonicalCity(e.city),
    country: canonicalCountry(e.country),
    span: { start: e.start, end: e.end },
    precision: precision(e.start),
  };
}

/** Keys under which candidates for the same event are looked up: kind, organization and every year it may fall in. */
export function eventBlockKeys(k: EventKey): string[] {
  return yearsOf(k.span, knowledge().sameEvent.toleranceDaysSameBodies).map((y) => `${k.kind}|${k.org ?? "-"}|${y}`);
}
