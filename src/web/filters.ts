import type { TimelineRow } from "../knowledge/api.ts";
import { badRequest } from "../server/http-error.ts";
import { fold } from "../data/load.ts";

/** The timeline's filters, from the query string; all optional. */
export interface TimelineFilters {
  org?: string;
  body?: string;
  country?: string;
  person?: string;
  topic?: string;
  year?: string;
}

export const FILTER_NAMES = ["org", "body", "country", "person", "topic", "year"] as const;

export function readFilters(q: (name: string) => string | undefined): TimelineFilters {
  const f: TimelineFilters = {};
  for (const n of FILTER_NAMES) {
    const v = q(n)?.trim();
    if (!v) continue;
    if (v.length > 200) throw badRequest(`${n} is too long (200 characters at most)`);
    f[n] = v;
  }
  if (f.year && !/^\d{4}$/.test(f.year)) throw badRequest(`year must be a 4-digit year, got "${f.year}"`);
  return f;
}

const has = (values: { value: string }[], want: string) => values.some((v) => fold(v.value).includes(fold(want)));

/** Whether a merged event passes the filters (organization, body, place or state, person, topic, year). */
export function matches(e: TimelineRow, f: TimelineFilters, opts: { ignoreYear?: boolean } = {}): boolean {
  if (f.org && fold(e.org ?? "") !== fold(f.org)) return false;
  if (f.body && !has(e.bodies, f.body)) return false;
  if (f.country && !has([...e.countries, ...e.states, ...e.cities], f.country)) return false;
  if (f.person && !has([...e.attendees, ...e.chairs], f.person)) return false;
  if (f.topic && !e.topics.some((t) => fold(t) === fold(f.topic!))) return false;
  if (f.year && !opts.ignoreYear && !(e.start ?? "").startsWith(f.year)) return false;
  return true;
}

/** The query string for these filters with one changed. */
export function withFilter(f: TimelineFilters, name: keyof TimelineFilters, value: string | null): string {
  const p = new URLSearchParams();
  for (const n of FILTER_NAMES) {
    const v = n === name ? value : f[n];
    if (v) p.set(n, v);
  }
  const s = p.toString();
  return s ? `/?${s}` : "/";
}
