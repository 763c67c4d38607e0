import { fold } from "../data/load.ts";
import { canonicalBody, canonicalCity, canonicalCountry, canonicalOrg } from "./canonical.ts";
import { compareDates, precision, spansCompatible } from "./dates.ts";
import type { Conflict, MergedEvent } from "./merged-event.ts";
import { parseName } from "./person-name.ts";
import { SourcedValues } from "./sourced.ts";
import { compareRefs, refKey, type EventInput, type Sourced } from "./types.ts";

const PRECISION_RANK = { day: 3, month: 2, year: 1, none: 0 };
const dateText = (start: string, end: string | null) => (end && end !== start ? `${start}..${end}` : start);
// People compared by surname skeleton and initial: enough to tell "two spellings" from "two people" for a slot.
const personKey = (n: string) => { const p = parseName(n); return `${p.key}|${p.initial ?? ""}`; };

/** Folds one cluster of event mentions into a merged event, keeping each value with its sources. */
export function mergeEvent(cluster: readonly EventInput[]): MergedEvent {
  const members = [...cluster].sort((a, b) => compareRefs(a.ref, b.ref));
  const s = {
    bodies: new SourcedValues<string>(fold), dates: new SourcedValues<string>(), cities: new SourcedValues<string>(),
    countries: new SourcedValues<string>(), chairs: new SourcedValues<string>(personKey), attendees: new SourcedValues<string>(personKey),
    states: new SourcedValues<string>(), counts: new SourcedValues<number>(), documents: new SourcedValues<string>(fold),
    names: new SourcedValues<string>(fold),
  };
  for (const { ref, fact } of members) {
    for (const b of fact.bodies) s.bodies.add(canonicalBody(fact.org, b), ref);
    if (fact.start) s.dates.add(dateText(fact.start, fact.end), ref);
    s.cities.add(canonicalCity(fact.city), ref);
    s.countries.add(canonicalCountry(fact.country), ref);
    s.chairs.add(fact.chair, ref);
    for (const a of fact.attendees) s.attendees.add(a, ref);
    for (const st of fact.states) s.states.add(canonicalCountry(st), ref);
    s.counts.add(fact.documents_signed, ref);
    for (const d of fact.documents) s.documents.add(d, ref);
    s.names.add(fact.name, ref);
  }
  const first = members[0]!;
  const { start, end } = chooseDate(members);
  const chairs = s.chairs.list();
  const counts = s.counts.list();
  return {
    key: refKey(first.ref),
    kind: first.fact.kind,
    status: members.some((m) => m.fact.status === "held") ? "held" : "planned",
    org: canonicalOrg(first.fact.org),
    name: s.names.list()[0]?.value ?? null,
    start, end,
    city: s.cities.list()[0]?.value ?? null,
    country: s.countries.list()[0]?.value ?? null,
    chair: chairs[0]?.value ?? null,
    documentsSigned: counts[0]?.value ?? null,
    bodies: s.bodies.list(), dates: s.dates.list(), cities: s.cities.list(), countries: s.countries.list(), chairs,
    attendees: s.attendees.list(), states: s.states.list(), documentsCounts: counts, documents: s.documents.list(),
    sources: members.map((m) => m.ref),
    conflicts: conflictsOf(members, s.cities.list(), s.countries.list()),
  };
}

/** The start most sources give at the best precision (ties: earliest); the latest explicit end. */
function chooseDate(members: readonly EventInput[]): { start: string | null; end: string | null } {
  const held = members.some((m) => m.fact.status === "held") ? members.filter((m) => m.fact.status === "held") : members;
  const best = Math.max(...held.map((m) => PRECISION_RANK[precision(m.fact.start)]));
  if (best === 0) return { start: null, end: null };
  const votes = new Map<string, number>();
  for (const m of held) if (m.fact.start && PRECISION_RANK[precision(m.fact.start)] === best) votes.set(m.fact.start, (votes.get(m.fact.start) ?? 0) + 1);
  const start = [...votes].sort((a, b) => b[1] - a[1] || compareDates(a[0], b[0]))[0]![0];
  const ends = held.map((m) => m.fact.end).filter((e): e is string => !!e && e > start).sort(compareDates);
  return { start, end: ends[ends.length - 1] ?? null };
}

function conflictsOf(members: readonly EventInput[], cities: Sourced<string>[], countries: Sourced<string>[]): Conflict[] {
  const out: Conflict[] = [];
  const held = members.filter((m) => m.fact.status === "held");
  // Dates conflict when two reports of the held event cannot both be right, tolerance aside.
  const clash = held.some((a, i) => held.slice(i + 1).some((b) => a.fact.start && b.fact.start && !spansCompatible(a.fact, b.fact)));
  if (clash) out.push({ slot: "date", values: valuesOf(held, (f) => (f.start ? dateText(f.start, f.end) : null)) });
  if (cities.length > 1) out.push({ slot: "city", values: cities });
  if (countries.length > 1) out.push({ slot: "country", values: countries });
  // Chair and number of documents belong to one session: compare only sources reporting the same bodies.
  for (const group of byBodies(members)) {
    const chairs = valuesOf(group, (f) => f.chair, personKey);
    if (chairs.length > 1) out.push({ slot: "chair", values: chairs });
    const counts = valuesOf(group, (f) => (f.documents_signed === null ? null : String(f.documents_signed)));
    if (counts.length > 1) out.push({ slot: "documents_signed", values: counts });
  }
  return out;
}

function valuesOf(members: readonly EventInput[], get: (f: EventInput["fact"]) => string | null, key?: (v: string) => string): Sourced<string>[] {
  const v = new SourcedValues<string>(key);
  for (const m of members) v.add(get(m.fact), m.ref);
  return v.list();
}

function byBodies(members: readonly EventInput[]): EventInput[][] {
  const groups = new Map<string, EventInput[]>();
  for (const m of members) {
    const k = m.fact.bodies.map((b) => fold(canonicalBody(m.fact.org, b))).sort().join("|");
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  return [...groups.values()];
}

