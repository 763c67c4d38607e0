import { derive } from "../../data/current.ts";
import { fold } from "../../data/load.ts";

const surnameFirst = derive((k): ReadonlySet<string> => new Set(k.surnameFirst));

/** Transliteration-tolerant skeleton of a name token (Zheenbekov/Jeenbekov, Rakhmon/Rahmon, Tokaev/Tokayev). */
const SKELETONS = new Map<string, string>();

export function skeleton(token: string): string {
  // The same names are compared many times over an article; the cache is cleared before it grows large.
  const hit = SKELETONS.get(token);
  if (hit !== undefined) return hit;
  if (SKELETONS.size > 50_000) SKELETONS.clear();
  const key = computeSkeleton(token);
  SKELETONS.set(token, key);
  return key;
}

function computeSkeleton(token: string): string {
  return fold(token)
    .replace(/\s/g, "")
    .replace(/dzh/g, "j").replace(/zh/g, "j").replace(/kh/g, "h").replace(/ts/g, "c").replace(/sch/g, "sh")
    .replace(/yu/g, "u").replace(/ya/g, "a").replace(/ie/g, "e").replace(/y/g, "i").replace(/ee/g, "i")
    .replace(/(.)\1+/g, "$1");
}

/** The family name: the last word, or the first of a two-word name written surname-first ("Wang Yi"). */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/).filter((p) => !/^\p{Lu}\.$/u.test(p));
  if (parts.length === 2 && surnameFirst().has(parts[0]!)) return parts[0]!;
  return parts[parts.length - 1] ?? name;
}

/** Same surname, allowing one edit for long names and a short suffix difference (Zas/Zassev). */
export function sameSurname(a: string, b: string): boolean {
  return sameSkeleton(skeleton(a), skeleton(b));
}

/** sameSurname on skeletons already computed. */
export function sameSkeleton(x: string, y: string): boolean {
  if (!x || !y) return false;
  if (x === y) return true;
  if (Math.min(x.length, y.length) >= 6 && editDistanceAtMostOne(x, y)) return true;
  return false;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** First names (or initials) compatible: same first letter of the skeleton, or one side has none. */
export function compatibleFirst(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  return skeleton(a)[0] === skeleton(b)[0];
}
