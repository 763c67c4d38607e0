import { knownOffices } from "../../data/terms.ts";
import { sameHolder } from "../common/known-offices.ts";
import type { PersonFact } from "../types.ts";

/** A span of days, ISO dates, both inclusive; `to` null is open-ended. */
export interface Window {
  from: string;
  to: string | null;
  /** The people whose terms gave it. */
  by: string[];
}

/** The terms (possibly several) during which a person held the office their role names, or null if not known. */
function termsOf(person: PersonFact): { from: string; to: string | null }[] | null {
  for (const role of person.roles) {
    if (role.acting || !role.of) continue;
    const office = knownOffices().find((o) => o.title === role.title && o.of === role.of);
    const terms = office?.holders.filter((h) => sameHolder(h.name, person.name));
    if (terms?.length) return terms;
  }
  return null;
}

/**
 * When the article was written, from the terms of office of the people it names with their titles: the
 * intersection of their terms. A title can be stated in retrospect ("then President"), so when the terms do not
 * intersect nothing is concluded.
 */
export function windowFromTerms(people: PersonFact[]): Window | null {
  let w = null as Window | null;
  for (const p of people) {
    const terms = termsOf(p);
    if (!terms) continue;
    // A person who held the office twice (Putin) constrains to the hull of the terms: rarely tighter, never wrong.
    // A year's margin each side: an appointee is named before taking office, a predecessor just after leaving it.
    const from = shiftYear(terms.map((t) => t.from).sort()[0]!, -1);
    const to = terms.some((t) => t.to === null) ? null : shiftYear(terms.map((t) => t.to!).sort().at(-1)!, 1);
    if (!w) w = { from, to, by: [p.name] };
    else {
      const nf: string = from > w.from ? from : w.from;
      const nt: string | null = to === null ? w.to : w.to === null ? to : to < w.to ? to : w.to;
      if (nt !== null && nt < nf) return null;
      w = { from: nf, to: nt, by: [...w.by, p.name] };
    }
  }
  return w;
}

export function inWindow(date: string, w: Window | null): boolean {
  return !w || (date >= w.from && (w.to === null || date <= w.to));
}

function shiftYear(iso: string, by: number): string {
  return String(Number(iso.slice(0, 4)) + by).padStart(4, "0") + iso.slice(4);
}
