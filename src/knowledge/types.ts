import type { ChairmanshipFact, EventFact, PersonFact, QuoteFact } from "../extract/types.ts";

/**
 * Where a per-article fact lives: the article (by slug, stable across ingest orders, and by store id when stored)
 * and the fact's position in that article's list.
 */
export interface FactRef {
  article: string;
  articleId?: number;
  index: number;
}

/** A value of a merged slot with every fact that states it. */
export interface Sourced<T> {
  value: T;
  sources: FactRef[];
}

/** One article's facts as the knowledge layer sees them (dates resolve roles and chairmanships in time). */
export interface KnowledgeArticle {
  slug: string;
  articleId?: number;
  published: string | null;
  /** The article's text, for topic tagging (offsets of the facts' evidence point into it). */
  text?: string;
  events: EventFact[];
  people: PersonFact[];
  quotes: QuoteFact[];
  chairmanships: ChairmanshipFact[];
}

export interface EventInput {
  ref: FactRef;
  fact: EventFact;
}

export interface PersonInput {
  ref: FactRef;
  fact: PersonFact;
}

/** Stable text key of a fact reference ("seed-000#2"): slug-based, so ingest order does not matter. */
export function refKey(ref: FactRef): string {
  return `${ref.article}#${ref.index}`;
}

export function compareRefs(a: FactRef, b: FactRef): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return a.index - b.index;
}
