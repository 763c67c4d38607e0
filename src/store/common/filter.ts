import type { FactFilter } from "../types.ts";
import { personLike } from "./keys.ts";
import { bodyName, countryName, orgName } from "./names.ts";

/** A FactFilter with names resolved to the canonical forms facts are stored under; both adapters query with it. */
export interface ResolvedFilter {
  org?: string;
  body?: string;
  /** "2021": compared with the first four characters of an ISO date. */
  year?: string;
  personLike?: string;
  country?: string;
  articleId?: number;
  text?: string;
  limit: number;
  offset: number;
}

export const MAX_LIMIT = 100_000;

export function pageOf(o: { limit?: number; offset?: number }, byDefault: number): { limit: number; offset: number } {
  const int = (n: number | undefined, d: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n as number)) : d);
  return { limit: Math.min(int(o.limit, byDefault), MAX_LIMIT), offset: int(o.offset, 0) };
}

export function resolveFilter(f: FactFilter & { text?: string }): ResolvedFilter {
  const r: ResolvedFilter = pageOf(f, 100);
  if (f.org?.trim()) r.org = orgName(f.org);
  if (f.body?.trim()) r.body = bodyName(f.body, r.org);
  if (f.year !== undefined && Number.isFinite(f.year)) r.year = String(Math.trunc(f.year)).padStart(4, "0");
  if (f.person?.trim()) r.personLike = personLike(f.person);
  if (f.country?.trim()) r.country = countryName(f.country);
  if (f.articleId !== undefined) r.articleId = f.articleId;
  if (f.text?.trim()) r.text = f.text;
  return r;
}
