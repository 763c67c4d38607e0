import type { EventFact, Evidence } from "../extract/types.ts";
import { compareDates, precision } from "./dates.ts";
import type { KnowledgeArticle } from "./types.ts";

/**
 * The date a role is attested at: the article's publication date; else the date of an event reported in the same
 * sentence as the role; else the article's own time (its latest held event), since undated articles report news.
 */
export function roleDate(article: KnowledgeArticle, evidence: readonly Evidence[] | undefined): string | null {
  if (article.published) return article.published;
  for (const ev of evidence ?? []) {
    const e = article.events.find((x) => x.start && x.evidence.some((y) => y.sentence.start === ev.sentence.start));
    if (e?.start) return e.start;
  }
  return articleTime(article.events);
}

/** The latest start among held events dated at least to the year, or null. */
export function articleTime(events: readonly EventFact[]): string | null {
  const starts = events.filter((e) => e.status === "held" && precision(e.start) !== "none").map((e) => e.start!);
  return starts.sort(compareDates)[starts.length - 1] ?? null;
}
