import { compatibleFirst, sameSurname, surnameOf } from "../nlp/entities/name-keys.ts";
import { loadData } from "./load.ts";

export interface TermHolder {
  name: string;
  from: string;
  to: string | null;
  acting?: boolean;
}
export interface KnownOffice {
  title: string;
  of: string;
  holders: TermHolder[];
}

/** Public facts of who held which office when (data/terms-of-office.json). */
export const KNOWN_OFFICES: readonly KnownOffice[] = loadData<{ offices: KnownOffice[] }>("terms-of-office.json").offices;

export function sameHolder(a: string, b: string): boolean {
  const first = (n: string) => (n.split(/\s+/).length > 1 ? n.split(/\s+/)[0] : undefined);
  return sameSurname(surnameOf(a), surnameOf(b)) && compatibleFirst(first(a), first(b));
}

/**
 * Whose office a title is when the text names no owner ("Prime Minister Nikol Pashinyan"): the one known office of
 * that title the person held, or null when none or several fit.
 */
export function knownOwner(title: string, person: string): string | null {
  const base = title.replace(/^acting\s+/i, "").toLowerCase();
  const fits = KNOWN_OFFICES.filter((o) => o.title.toLowerCase() === base && o.holders.some((h) => sameHolder(h.name, person)));
  return fits.length === 1 ? fits[0]!.of : null;
}
