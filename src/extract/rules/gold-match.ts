import { findCity, findCountry } from "../../data/places.ts";
import { fold } from "../../data/load.ts";
import { compatibleFirst, sameSurname, surnameOf } from "../../nlp/entities/name-keys.ts";
import type { ArticleFacts, EventFact } from "../types.ts";

// Comparisons of extracted values with a careful reader's gold facts (../shared/eval/SCHEMA.md), in the spirit of
// the benchmark's scorer: names by surname and compatible first name, places by canonical name, titles and
// documents by their words.

export type GoldFacts = Omit<ArticleFacts, "events" | "people" | "quotes" | "chairmanships"> & {
  events: Omit<EventFact, "evidence">[];
  people: { name: string; roles: { title: string; of: string | null }[] }[];
  quotes: { speaker: string; text: string }[];
  chairmanships: { org: string; state: string; start: string | null; end: string | null }[];
};

const first = (n: string) => (n.trim().split(/\s+/).length > 1 ? n.trim().split(/\s+/)[0] : undefined);
export const sameName = (a: string, b: string): boolean => sameSurname(surnameOf(a), surnameOf(b)) && compatibleFirst(first(a), first(b));
export const place = (s: string | null | undefined): string => (s ? findCountry(s)?.name ?? findCity(s)?.name ?? fold(s) : "");
const words = (s: string) => new Set(fold(s).replace(/defence/g, "defense").split(" ").filter((w) => w.length > 1 && !/^(?:the|of|and|on|in|for|to|an)$/.test(w)));
export function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.max(1, Math.min(x.size, y.size));
}
export const sameTitle = (a: string, b: string): boolean => overlap(a, b) >= 0.75 && overlap(b, a) >= 0.75;
export const datesCompatible = (a: string | null, b: string | null): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);

type GoldEvent = GoldFacts["events"][number];
function eventScore(g: GoldEvent, p: EventFact): number {
  if (g.kind !== p.kind || g.status !== p.status || !datesCompatible(g.start, p.start)) return 0;
  if (g.org && p.org && place(g.org) !== place(p.org)) return 0;
  if (g.city && p.city && place(g.city) !== place(p.city)) return 0;
  return 1 + (g.start === p.start ? 1 : 0) + (g.bodies.some((b) => p.bodies.some((x) => overlap(b, x) >= 0.75)) ? 1 : 0) + (g.city && p.city ? 1 : 0);
}

/** Greedy one-to-one pairing of predicted with gold items by score (as the benchmark pairs them). */
export function pair<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P) => number): Map<number, G> {
  const cand: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const s = score(g, p);
    if (s > 0) cand.push([s, i, j]);
  }));
  cand.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const out = new Map<number, G>();
  for (const [, i, j] of cand) if (!usedG.has(i) && !out.has(j)) (usedG.add(i), out.set(j, gold[i]!));
  return out;
}

export const pairEvents = (gold: GoldFacts, pred: ArticleFacts) => pair(gold.events, pred.events, eventScore);
export const pairPeople = (gold: GoldFacts, pred: ArticleFacts) => pair(gold.people, pred.people, (g, p) => (sameName(g.name, p.name) ? 1 : 0));
export const pairQuotes = (gold: GoldFacts, pred: ArticleFacts) =>
  pair(gold.quotes, pred.quotes, (g, p) => (sameName(g.speaker, p.speaker) ? overlap(g.text, p.text) - 0.5 : 0));
export const pairChairs = (gold: GoldFacts, pred: ArticleFacts) =>
  pair(gold.chairmanships, pred.chairmanships, (g, p) => (place(g.org) === place(p.org) && place(g.state) === place(p.state) && datesCompatible(g.start, p.start) ? 1 : 0));
