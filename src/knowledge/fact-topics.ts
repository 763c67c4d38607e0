import type { Evidence } from "../extract/types.ts";
import { articleTime } from "./role-dates.ts";
import { tagTopics, type TopicHit } from "./topics.ts";
import type { KnowledgeArticle } from "./types.ts";

export interface FactTopics {
  kind: "event" | "quote";
  index: number;
  hits: TopicHit[];
}

/**
 * Topics of an article's events and quotes. An event gets the topics of the sentences that report it; the article's
 * main event (its latest held one, the news it reports) gets the whole article's topics, since the agenda is usually
 * told in the sentences after the one naming the meeting. A quote gets the topics of its own words.
 */
export function factTopics(article: KnowledgeArticle): FactTopics[] {
  const text = article.text;
  if (!text) return [];
  const main = mainEventIndex(article);
  const out: FactTopics[] = [];
  article.events.forEach((e, index) => {
    const hits = index === main ? tagTopics(text) : inSpans(text, e.evidence.map((ev) => ev.sentence));
    if (hits.length) out.push({ kind: "event", index, hits });
  });
  article.quotes.forEach((q, index) => {
    const hits = inSpans(text, q.evidence.map((ev: Evidence) => ({ start: ev.start, end: ev.end })));
    if (hits.length) out.push({ kind: "quote", index, hits });
  });
  return out;
}

function mainEventIndex(article: KnowledgeArticle): number {
  const time = articleTime(article.events);
  return time === null ? -1 : article.events.findIndex((e) => e.status === "held" && e.start === time);
}

function inSpans(text: string, spans: { start: number; end: number }[]): TopicHit[] {
  const seen = new Map<string, TopicHit>();
  for (const s of spans) for (const h of tagTopics(text, s.start, s.end)) if (!seen.has(h.topic)) seen.set(h.topic, h);
  return [...seen.values()];
}
