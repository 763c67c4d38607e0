import { compatibleFirst, sameSurname, surnameOf } from "../../nlp/entities/name-keys.ts";
import { knownOffices } from "../../data/terms.ts";

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
  const fits = knownOffices().filter((o) => o.title.toLowerCase() === base && o.holders.some((h) => sameHolder(h.name, person)));
  return fits.length === 1 ? fits[0]!.of : null;
}
