import { findTitle } from "../../data/titles.ts";
import { parseRoles } from "../roles/parse-role.ts";

/**
 * A title in canonical words, so that the article's variants meet: "Premier" and "Prime Minister", "Defense Minister"
 * and "Minister of Defence". "Acting" and "former" are dropped (an acting minister is still "the minister");
 * rank modifiers such as "Deputy" are kept (a deputy minister is not "the minister").
 */
export function canonicalTitle(title: string): string {
  const m = /^((?:(?:acting|former|first\s+deputy|deputy|vice)\s+)*)(.*)$/i.exec(title.trim().replace(/\s+/g, " "))!;
  const kept = m[1]!.toLowerCase().replace(/\b(?:acting|former)\s+/g, "").trim();
  const base = m[2]!;
  const canon = (findTitle(base)?.title ?? base).toLowerCase();
  return kept ? `${kept} ${canon}` : canon;
}

/** The canonical titles a role phrase names ("the Russian premier" → ["prime minister"]). */
export function titlesIn(phrase: string): string[] {
  return parseRoles(phrase).map((r) => canonicalTitle(r.title));
}

/** How well a holder's title fits a wanted one: 2 the same office, 1 a more specific one ("foreign minister" for "minister"), 0 none. */
export function titleFit(held: string, wanted: string): 0 | 1 | 2 {
  const h = canonicalTitle(held);
  if (h === wanted) return 2;
  const hw = new Set(h.split(" "));
  const ww = wanted.split(" ");
  // "deputy" in one and not the other is another office.
  if (hw.has("deputy") !== ww.includes("deputy")) return 0;
  return ww.every((w) => hw.has(w)) ? 1 : 0;
}
