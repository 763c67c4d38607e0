// Generated news articles for the ingest tests: CSTO meetings reported by several articles each (so merging has
// work to do), people with titles, quotes, and a paragraph of shuffled words that keeps every text distinct
// (no two are near duplicates). Deterministic for a given seed; written by us, no third-party text.
import { writeFileSync } from "node:fs";

const BODIES = ["Council of Foreign Ministers", "Council of Defence Ministers", "Committee of Secretaries of Security Councils", "Collective Security Council"];
const CITIES = [["Minsk", "Belarus"], ["Moscow", "Russia"], ["Astana", "Kazakhstan"], ["Bishkek", "Kyrgyzstan"], ["Dushanbe", "Tajikistan"], ["Yerevan", "Armenia"]] as const;
const FIRST = ["Ivan", "Sergei", "Nurlan", "Askar", "Vladimir", "Arman", "Timur", "Oleg", "Rustam", "Bakyt", "Pavel", "Marat"];
const LAST = ["Petrovsky", "Kadyrbekov", "Sultanov", "Abenov", "Grigoryan", "Mirzoyev", "Tashiev", "Lukyanov", "Zhumabekov", "Orlovsky", "Karimov", "Baltabayev"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WORDS = ("security cooperation region border agreement exercise forces training joint defence policy terrorism drugs " +
  "trafficking stability partners program budget summit statement delegation treaty military equipment supply contract " +
  "peacekeeping mission communications logistics planning staff readiness crisis response information cyber threat " +
  "assessment report session agenda document protocol decision meeting council members states").split(" ");

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export interface SyntheticArticle {
  id: string;
  text: string;
}

/** `count` articles about `count / 4` meetings (each meeting reported about four times). */
export function syntheticArticles(count: number, seed = 1): SyntheticArticle[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const meetings = Array.from({ length: Math.max(1, Math.floor(count / 4)) }, (_, i) => ({
    body: pick(BODIES), place: pick(CITIES), year: 2010 + (i % 12), month: Math.floor(r() * 12), day: 1 + Math.floor(r() * 27),
    chair: `${pick(FIRST)} ${pick(LAST)}`,
  }));
  return Array.from({ length: count }, (_, n) => {
    const m = meetings[n % meetings.length]!;
    const [city, country] = m.place;
    const date = `${MONTHS[m.month]} ${m.day}, ${m.year}`;
    const speaker = `${pick(FIRST)} ${pick(LAST)}`;
    const filler = Array.from({ length: 60 }, () => pick(WORDS)).join(" ");
    const text = [
      `${city}, ${date}`,
      `The CSTO ${m.body} met in ${city} on ${date}. The meeting was chaired by ${m.chair}, the Foreign Minister of ${country}.`,
      `"We agreed on the plan for the next year," said ${speaker}, Secretary of the Security Council of ${pick(CITIES)[1]}.`,
      `Notes: ${filler}.`,
    ].join("\n\n");
    return { id: `syn-${String(n).padStart(4, "0")}`, text };
  });
}

/** The articles as one JSON Lines file. */
export function writeSynthetic(file: string, articles: SyntheticArticle[]): void {
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
}

// Paragraphs, and sentences within them: the units copies are cut from.
const units = (t: string) => t.split(/\n\s*\n/).flatMap((p) => p.split(/(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu})/u)).filter((u) => u.trim());

/**
 * The base articles, then copies under new ids up to `count`: each copy the first third of one article, the middle
 * third of a second and the last third of a third (cut at sentences), so no copy is a near duplicate of a stored
 * article, and the same people and meetings recur across many articles.
 */
export function mixedCopies(base: SyntheticArticle[], count: number): SyntheticArticle[] {
  return Array.from({ length: count }, (_, n) => {
    const round = Math.floor(n / base.length);
    const i = n % base.length;
    if (round === 0) return base[i]!;
    const [a, b, c] = [0, 1, 2].map((k) => units(base[(i + k * 7 * round) % base.length]!.text));
    const third = (u: string[], k: number) => u.slice(Math.floor((u.length * k) / 3), Math.floor((u.length * (k + 1)) / 3));
    return { id: `r${round}-${base[i]!.id}`, text: [...third(a!, 0), ...third(b!, 1), ...third(c!, 2)].join("\n\n") };
  });
}
