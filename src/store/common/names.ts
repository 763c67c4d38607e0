import { findCountry } from "../../data/places.ts";
import { findOrg, normBody, organizations } from "../../data/organizations.ts";

/** "Kyrgyz Republic", "kyrgyzstan" → "Kyrgyzstan": filters accept any name the reference data knows. */
export const countryName = (s: string): string => findCountry(s)?.name ?? s.trim();

/** "Collective Security Treaty Organization" → "CSTO": facts store organizations by abbreviation. */
export const orgName = (s: string): string => findOrg(s)?.abbr ?? s.trim();

/** "CFM", "council of foreign ministers" → "Council of Foreign Ministers"; an alias is read in `org` first. */
export function bodyName(s: string, org?: string): string {
  const key = normBody(s);
  const first = org ? organizations().filter((o) => o.abbr === org) : [];
  for (const o of [...first, ...organizations()]) {
    for (const b of o.bodies) if ([b.name, ...b.aliases].some((f) => normBody(f) === key)) return b.name;
  }
  return s.trim();
}
