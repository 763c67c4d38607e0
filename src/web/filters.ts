import type { TimelineRow } from "../knowledge/api.ts";
import { fold } from "../data/load.ts";
import { findBody, findOrg, normBody, organizations } from "../data/organizations.ts";
import { findCity, findCountry } from "../data/places.ts";

/** The timeline's filters, from the query string; all optional. */
export interface TimelineFilters {
  org?: string;
  body?: string;
  country?: string;
  person?: string;
  topic?: string;
  /** A 4-digit year, or "undated" for events no source dates. */
  year?: string;
  /** Partial ISO dates, inclusive. */
  from?: string;
  to?: string;
}

export const FILTER_NAMES = ["org", "body", "country", "person", "topic", "year", "from", "to"] as const;

export interface MatchOptions {
  ignoreYear?: boolean;
  /** Every name of the people the person filter names (any alias or transliteration), folded. */
  personNames?: ReadonlySet<string>;
}

/** Body names a filter stands for: the canonical name and every alias of each body it names (CSC, CFM, Defense). */
export function bodyForms(want: string, org?: string): string[] {
  const forms = new Set([normBody(want)]);
  for (const o of organizations()) {
    if (org && fold(o.abbr) !== fold(findOrg(org)?.abbr ?? org)) continue;
    const b = findBody(o.abbr, want);
    if (b) for (const n of [b.name, ...b.aliases]) forms.add(normBody(n));
  }
  return [...forms];
}

/** A place or state as its country's canonical name (Kazakstan, Republic of Kazakhstan, Astana → Kazakhstan). */
export function countryOf(value: string): string {
  return findCountry(value)?.name ?? findCity(value)?.country ?? value;
}

// Part of a body's name: only the spelling of defence is normalized (plurals stay, "Security Councils" ≠ "Security Council").
const loose = (s: string) => fold(s).replace(/defense/g, "defence");
const orgOf = (v: string) => findOrg(v)?.abbr ?? v;

/** Whether a merged event passes the filters, each through the reference data's aliases. */
export function matches(e: TimelineRow, f: TimelineFilters, opts: MatchOptions = {}): boolean {
  if (f.org && fold(e.org ?? "") !== fold(orgOf(f.org))) return false;
  if (f.body) {
    const forms = bodyForms(f.body, f.org);
    const literal = loose(f.body);
    if (!e.bodies.some((b) => forms.includes(normBody(b.value)) || (literal.length > 3 && loose(b.value).includes(literal)))) return false;
  }
  if (f.country) {
    const want = fold(countryOf(f.country));
    if (![...e.countries, ...e.states, ...e.cities].some((v) => fold(countryOf(v.value)) === want || fold(v.value) === fold(f.country!))) return false;
  }
  if (f.person) {
    const want = fold(f.person);
    const names = opts.personNames;
    if (![...e.attendees, ...e.chairs].some((v) => names?.has(fold(v.value)) || fold(v.value).includes(want))) return false;
  }
  if (f.topic && !e.topics.some((t) => fold(t) === fold(f.topic!))) return false;
  if (f.year && !opts.ignoreYear && (f.year === "undated" ? !!e.start : !(e.start ?? "").startsWith(f.year))) return false;
  if (f.from && (!e.start || e.start.slice(0, f.from.length) < f.from)) return false;
  if (f.to && (!e.start || e.start.slice(0, f.to.length) > f.to)) return false;
  return true;
}

/** The query string for these filters with one changed (extra keeps other parameters, such as sort). */
export function withFilter(f: TimelineFilters, name: keyof TimelineFilters | null, value: string | null, path = "/timeline", extra: Record<string, string | undefined> = {}): string {
  const p = new URLSearchParams();
  for (const n of FILTER_NAMES) {
    const v = n === name ? value : f[n];
    if (v) p.set(n, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}
