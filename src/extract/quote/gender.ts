/**
 * The grammatical gender a name shows, where its form says so: Slavic and Central Asian surnames inflect
 * (Ivanov / Ivanova, -uly / -kyzy), and many given names end in -a for women. Used only to keep "she said" from a man
 * and "he said" from a woman; "unknown" never rules anyone out.
 */
export type Gender = "m" | "f" | "unknown";

const FEMALE_SURNAME = /(?:ova|eva|yeva|ina|yna|aya|skaya|tskaya|kyzy|qizi)$/i;
const MALE_SURNAME = /(?:ov|ev|yev|in|yn|sky|skiy|skii|tsky|uly|ovich|evich|ogly|zade)$/i;
// Given names ending in -a that are men's.
const MALE_IN_A = /^(?:Nikita|Ilya|Ilia|Luka|Foma|Kuzma|Musa|Isa|Mustafa|Yura|Sasha|Misha|Kolya|Vova|Akira|Joshua|Garegin|Noah|Elisha|Andrea|Costa|Bakha|Moussa|Mirza)$/i;
const FEMALE_GIVEN = /a$/i;

export function genderOf(name: string): Gender {
  const parts = name.split(/\s+/).filter((p) => !/^\p{Lu}\.$/u.test(p));
  const last = parts.at(-1) ?? "";
  if (FEMALE_SURNAME.test(last)) return "f";
  if (MALE_SURNAME.test(last)) return "m";
  const first = parts.length > 1 ? parts[0]! : "";
  if (first && FEMALE_GIVEN.test(first) && !MALE_IN_A.test(first)) return "f";
  return "unknown";
}

/** Whether a pronoun can refer to the person named. */
export function pronounFits(pronoun: string, name: string): boolean {
  const g = genderOf(name);
  if (/^(?:she|her)$/i.test(pronoun)) return g !== "m";
  if (/^(?:he|him|his)$/i.test(pronoun)) return g !== "f";
  return true;
}
