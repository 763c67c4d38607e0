import { fold, loadData } from "./load.ts";

export interface Body {
  name: string;
  aliases: string[];
  /** Bodies that hold sessions (councils, committees) as opposed to standing structures (staff, forces). */
  meets: boolean;
  /** The people a session of the body brings together ("foreign ministers"), when it is defined by them. */
  members?: string;
}
export interface Organization {
  abbr: string;
  names: string[];
  /** The body that meets at the level of heads of state ("summit"). */
  summitBody: string | null;
  bodies: Body[];
}

export const ORGANIZATIONS: readonly Organization[] = loadData<{ organizations: Organization[] }>("organizations.json").organizations;

const orgByKey = new Map<string, Organization>();
for (const o of ORGANIZATIONS) for (const n of [o.abbr, ...o.names]) orgByKey.set(fold(n), o);

export function findOrg(name: string): Organization | undefined {
  return orgByKey.get(fold(name));
}

export function orgOf(abbr: string | null | undefined): Organization | undefined {
  return abbr ? orgByKey.get(fold(abbr)) : undefined;
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
