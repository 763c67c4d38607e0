import { derive } from "../../data/current.ts";
import type { Knowledge } from "../../data/kinds.ts";
import { titles } from "../../data/titles.ts";

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
}

/**
 * Words that are never part of a person's name: the lexicon non-name-words (words that open sentences, headlines and
 * names of things) plus every word of the bundle's places, organizations and titles.
 */
export const nonNameWords = derive((k): ReadonlySet<string> => {
  const out = new Set<string>(k.lexicons["non-name-words"] ?? []);
  const first = new Set(firstNames(k).map((n) => n.toLowerCase()));
  for (const c of k.places.countries) for (const n of [c.name, ...c.aliases, ...c.demonyms]) for (const w of words(n)) out.add(w);
  // A word of a city's name that is also a first name ("Abu" of Abu Dhabi) stays usable in a person's name.
  for (const c of k.places.cities) for (const n of [c.name, ...c.aliases]) for (const w of words(n)) if (!first.has(w)) out.add(w);
  for (const o of k.organizations) {
    for (const n of [o.abbr, ...o.names]) for (const w of words(n)) out.add(w);
    for (const b of o.bodies) for (const n of [b.name, ...b.aliases]) for (const w of words(n)) out.add(w);
  }
  for (const t of titles(k)) for (const n of [t.title, ...t.aliases, ...(t.informal ?? [])]) for (const w of words(n)) out.add(w);
  for (const i of k.institutions) for (const n of [i.name, ...i.aliases]) for (const w of words(n)) out.add(w);
  for (const n of [...k.titles.modifiers, ...k.titles.ranks, ...k.titles.honorifics]) for (const w of words(n)) out.add(w);
  // Particles inside names ("bin", "al") are handled by the recognizer, not treated as words of things.
  for (const p of ["bin", "ibn", "al", "el", "de", "van", "von", "der", "ul"]) out.delete(p);
  return out;
});

const firstNames = (k: Knowledge): string[] => [...k.firstNames.names, ...k.firstNames.regional];

export const firstNameSet = derive((k): ReadonlySet<string> => new Set(firstNames(k)));

/** Month abbreviations that are also names (Jan, the Chinese given name Jun): a month only before a day or a dot. */
export const NAME_OR_MONTH = /^(?:Jan|Jun|Mar)$/;

/** Endings typical of surnames in the region (Slavic, Central Asian, Caucasian). */
export const SURNAME_ENDING = /(?:ov|ova|ev|eva|yev|yeva|in|ina|yn|enko|yan|ian|uk|sky|skiy|skii|dze|shvili|zade|oglu|bekov|bayev|baev|ich|ovich|evich|uly|kyzy|zoda|zod|ski|ko|yuk)$/;

/**
 * Head nouns of institutions, places and events: a capitalized run right before one of them names the thing
 * ("Equal Opportunities Commission", "Heydar Aliyev Foundation"), not a person present in the story.
 */
/** Words that make the capitalized words before them an institution's name, not a person's (lexicon institution-words). */
export const institutionWords = derive((k): ReadonlySet<string> => new Set(k.lexicons["institution-words"] ?? []));
