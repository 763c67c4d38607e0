import { fold } from "../data/load.ts";
import { derive } from "../data/current.ts";
import { skeleton, surnameOf } from "../nlp/entities/name-keys.ts";

/** A person's name split for comparison across articles and transliterations. */
export interface NameParts {
  /** Full first name (two letters or more), folded, hyphens dropped ("kassymjomart"). */
  first: string | null;
  /** First letter of the first name's skeleton, also given when only an initial is known. */
  initial: string | null;
  surname: string;
  /** Transliteration-tolerant skeleton of the surname (Zheenbekov and Jeenbekov share one). */
  key: string;
  /** How much of the name is known: how vague the mention is. */
  level: "full" | "initial" | "surname";
}

const prefixes = derive((k) => [...k.titles.honorifics, ...k.titles.ranks].map((h) => fold(h).split(" ")).filter((p) => p[0]));

function dropPrefixes(tokens: string[]): string[] {
  let out = tokens;
  for (let changed = true; changed && out.length > 1; ) {
    changed = false;
    for (const p of prefixes()) {
      if (p.length < out.length && p.every((w, i) => fold(out[i]!) === w)) {
        out = out.slice(p.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/** Skeleton with a glide between vowels dropped as well (Tokayev/Tokaev, Nazarbayev/Nazarbaev). */
export function surnameKey(surname: string): string {
  return skeleton(surname).replace(/([aeiou])i(?=[aeiou])/g, "$1");
}

const isInitial = (t: string) => /^\p{Lu}\.?$/u.test(t);

export function parseName(name: string): NameParts {
  const tokens = dropPrefixes(name.replace(/\./g, ". ").split(/\s+/).filter((t) => fold(t)));
  const words = tokens.filter((t) => !isInitial(t));
  // One name model for the whole engine: the family name as nlp reads it (name-order.json: "Wang Yi" → Wang).
  const last = words.length ? surnameOf(words.join(" ")) : name;
  const surname = fold(last);
  const given = tokens.filter((t) => t !== last);
  const head = tokens.length > 1 ? (given[0] ?? null) : null;
  const first = head && !isInitial(head) ? fold(head).replace(/\s/g, "") : null;
  return {
    first,
    initial: head ? (skeleton(head)[0] ?? null) : null,
    surname,
    key: surnameKey(surname),
    level: first ? "full" : head ? "initial" : "surname",
  };
}

/** Keys for finding candidate matches: the start and the end of the surname skeleton (one edit keeps one of them). */
export function nameBlockKeys(p: NameParts): string[] {
  return [`f:${p.key.slice(0, 3)}`, `l:${p.key.slice(-3)}`];
}
