import { derive, knowledge } from "./current.ts";
import type { Body, Organization } from "./kinds.ts";
import { fold } from "./load.ts";

export type { Body, Organization };

/** The organizations of the active knowledge bundle. */
export const organizations = (): readonly Organization[] => knowledge().organizations;

const orgIndex = derive((k) => {
  const m = new Map<string, Organization>();
  for (const o of k.organizations) for (const n of [o.abbr, ...o.names]) m.set(fold(n), o);
  return m;
});

export function findOrg(name: string): Organization | undefined {
  return orgIndex().get(fold(name));
}

export function orgOf(abbr: string | null | undefined): Organization | undefined {
  return abbr ? orgIndex().get(fold(abbr)) : undefined;
}

/** The canonical body of `org` named by `name` (canonical name or alias), if any. */
export function findBody(org: string, name: string): Body | undefined {
  const o = orgOf(org);
  const key = normBody(name);
  return o?.bodies.find((b) => [b.name, ...b.aliases].some((n) => normBody(n) === key));
}

/** Body names compared loosely: spelling of defence, articles, plural councils. */
export function normBody(s: string): string {
  return fold(s).replace(/defense/g, "defence").replace(/\bthe\b/g, "").replace(/\bcouncils\b/g, "council").replace(/\s+/g, " ").trim();
}
