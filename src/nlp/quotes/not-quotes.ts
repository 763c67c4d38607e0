import type { QuotePair } from "./pair.ts";

// Words that name what follows in quotation marks rather than report speech: operations, documents, nicknames.
const NAMING_BEFORE = /\b(?:operations?|exercises?|drills?|manoeuvres|maneuvers|called|named|dubbed|so-called|entitled|titled|code-?named|motto|slogan|programm?e|plan|strategy|concept|declaration|agreement|treaty|convention|statement|resolution|decision|protocol|memorandum|law|organi[sz]ation|newspaper|magazine|channel|project|forum|award|order|medal|company|brand)[\s,]*$/i;

/** Titles, names and scare quotes in quotation marks are not quotations. */
export function isTitleLike(text: string, q: QuotePair): boolean {
  const inner = text.slice(q.inner.start, q.inner.end).trim();
  const words = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return true;
  if (NAMING_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) return true;
  if (/^On\s+\p{L}/u.test(inner) && !/[.!?]/.test(inner.slice(0, -1))) return true;
  // Every word capitalized, no sentence punctuation: a name ("Collective Security Treaty Organization").
  const content = words.filter((w) => !/^(?:of|the|and|on|in|for|to|a|an|at|by|with)$/i.test(w));
  return words.length <= 10 && content.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?,]/.test(inner.replace(/[.!?,]$/, ""));
}
