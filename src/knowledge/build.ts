import { buildChairmanships, type ChairTimeline } from "./chairmanships.ts";
import { clusterEvents } from "./event-clusters.ts";
import { factTopics, type FactTopics } from "./fact-topics.ts";
import { mergeEvent } from "./merge-event.ts";
import type { MergedEvent } from "./merged-event.ts";
import { buildOffices, type Office } from "./offices.ts";
import { buildIdentities, personInputs, type Identity } from "./person-identities.ts";
import { compareDates } from "./dates.ts";
import type { EventInput, KnowledgeArticle } from "./types.ts";

/** Everything known across a set of articles, computed in memory (the store computes the same incrementally). */
export interface KnowledgeBase {
  events: MergedEvent[];
  people: Identity[];
  offices: Office[];
  chairmanships: ChairTimeline[];
  topics: { article: string; topics: FactTopics[] }[];
}

export function eventInputs(articles: readonly KnowledgeArticle[]): EventInput[] {
  return articles.flatMap((a) =>
    a.events.map((fact, index) => ({ ref: { article: a.slug, index, ...(a.articleId === undefined ? {} : { articleId: a.articleId }) }, fact })),
  );
}

export function buildKnowledge(articles: readonly KnowledgeArticle[]): KnowledgeBase {
  const events = clusterEvents(eventInputs(articles)).map(mergeEvent)
    .sort((a, b) => compareDates(a.start, b.start) || (a.key < b.key ? -1 : 1));
  const people = buildIdentities(personInputs(articles)).sort((a, b) => (a.key < b.key ? -1 : 1));
  return {
    events,
    people,
    offices: buildOffices(articles, people),
    chairmanships: buildChairmanships(articles),
    topics: articles.map((a) => ({ article: a.slug, topics: factTopics(a) })),
  };
}
