import { skeleton } from "../nlp/entities/name-keys.ts";
import { canonicalOf } from "./canonical.ts";
import type { NameParts } from "./person-name.ts";

export type SurnameRelation = "equal" | "near" | "extended" | "none";

/**
 * How two surname skeletons relate: equal (Tokayev/Tokaev), one edit apart when long (transliteration slips), or one
 * extending the other by a short suffix (Zas/Zassev). Anything else is a different surname, never merged.
 */
export function surnameRelation(a: string, b: string): SurnameRelation {
  if (!a || !b) return "none";
  if (a === b) return "equal";
  const short = Math.min(a.length, b.length);
  if (short >= 6 && editDistance(a, b, 1) <= 1) return "near";
  if (short >= 3 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 3) return "extended";
  return "none";
}

const firstKey = (s: string) => skeleton(s.replace(/x/g, "ks")).replace(/[aeiou]+$/, "");

/** "same": both full first names agree (Aleksandr/Alexander); "compatible": initials agree; "unknown": one is missing. */
export function firstRelation(a: NameParts, b: NameParts): "same" | "compatible" | "unknown" | "different" {
  if (a.first && b.first) {
    const x = firstKey(a.first);
    const y = firstKey(b.first);
    if (x === y || (Math.min(x.length, y.length) >= 4 && editDistance(x, y, 1) <= 1)) return "same";
    return "different";
  }
  if (!a.initial || !b.initial) return "unknown";
  return a.initial === b.initial ? "compatible" : "different";
}

export interface RoleContext {
  title: string;
  of: string | null;
}

/** Whether the two role lists share a country or organization (the context a bare surname needs). */
export function sharedContext(a: RoleContext[], b: RoleContext[]): boolean {
  const xs = new Set(a.map((r) => canonicalOf(r.of)).filter((x): x is string => !!x));
  return b.some((r) => { const o = canonicalOf(r.of); return o !== null && xs.has(o); });
}

/**
 * Whether two mentions name the same person. A wrong merge is worse than a missed one, so the weaker the surname
 * match, the more the first name and role context must agree.
 */
export function samePerson(a: { name: NameParts; roles: RoleContext[] }, b: { name: NameParts; roles: RoleContext[] }): boolean {
  const s = surnameRelation(a.name.key, b.name.key);
  if (s === "none") return false;
  const f = firstRelation(a.name, b.name);
  if (f === "different") return false;
  if (s === "equal") return f !== "unknown" || sharedContext(a.roles, b.roles);
  if (s === "near") return f === "same" || (f === "compatible" && sharedContext(a.roles, b.roles));
  return f === "same" && (sharedContext(a.roles, b.roles) || !a.roles.length || !b.roles.length);
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...cur) > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
