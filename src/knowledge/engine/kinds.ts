import type { EventFact, PersonFact } from "../../extract/types.ts";
import { clusterEvents, eventLevel, EVENT_LEVELS } from "../event-clusters.ts";
import { eventBlockKeys, eventKey, type EventKey } from "../event-key.ts";
import { sameEvent } from "../event-identity.ts";
import { clusterPeople, PERSON_LEVELS, type PersonKey } from "../person-clusters.ts";
import { samePerson } from "../person-identity.ts";
import { nameBlockKeys, parseName } from "../person-name.ts";
import type { FactRef } from "../types.ts";

/**
 * What incremental grouping needs of a kind of mention. A signature holds exactly what `same`, `level` and `blocks`
 * read, so two mentions with one signature are interchangeable to the grouping; candidates are looked up as distinct
 * signatures under blocking keys, whose number does not grow with copies of the same name or meeting.
 */
export interface KindSpec<K> {
  kind: "event" | "person";
  signature(fact: unknown): string;
  key(signature: string): K;
  /** Index into `levels` (most precise first), or null for a mention that always stays on its own. */
  level(k: K): number | null;
  blocks(k: K): string[];
  same(a: K, b: K): boolean;
  /** The full (non-incremental) grouping of a set of mentions, as the in-memory build does it. */
  cluster(inputs: { ref: FactRef; fact: unknown }[]): { ref: FactRef; fact: unknown }[][];
}

const keyCache = <K>(parse: (sig: string) => K) => {
  const cache = new Map<string, K>();
  return (sig: string): K => {
    let k = cache.get(sig);
    if (k === undefined) {
      k = parse(sig);
      if (cache.size > 50_000) cache.clear();
      cache.set(sig, k);
    }
    return k;
  };
};

export const EVENT_SPEC: KindSpec<EventKey> = {
  kind: "event",
  signature: (f) => JSON.stringify(eventKey(f as EventFact)),
  key: keyCache((s) => JSON.parse(s) as EventKey),
  level: (k) => { const l = eventLevel(k); return l === null ? null : EVENT_LEVELS.indexOf(l); },
  blocks: eventBlockKeys,
  same: sameEvent,
  cluster: (inputs) => clusterEvents(inputs as { ref: FactRef; fact: EventFact }[]),
};

const LEVEL_INDEX = Object.fromEntries(PERSON_LEVELS.map((l, i) => [l, i])) as Record<string, number>;

/** A person's signature: the parsed name and the sorted distinct `of` of the roles (all that samePerson reads). */
export const PERSON_SPEC: KindSpec<PersonKey> = {
  kind: "person",
  signature: (f) => {
    const p = f as PersonFact;
    const n = parseName(p.name);
    const ofs = [...new Set(p.roles.map((r) => r.of).filter((o): o is string => !!o))].sort();
    return JSON.stringify([n.first, n.initial, n.surname, n.key, n.level, ofs]);
  },
  key: keyCache((s) => {
    const [first, initial, surname, key, level, ofs] = JSON.parse(s) as [string | null, string | null, string, string, PersonKey["name"]["level"], string[]];
    return { name: { first, initial, surname, key, level }, roles: ofs.map((of) => ({ title: "", of })) };
  }),
  level: (k) => LEVEL_INDEX[k.name.level] ?? null,
  blocks: (k) => nameBlockKeys(k.name),
  same: samePerson,
  cluster: (inputs) => clusterPeople(inputs as { ref: FactRef; fact: PersonFact }[]),
};

export const SPECS = { event: EVENT_SPEC, person: PERSON_SPEC } as const;
