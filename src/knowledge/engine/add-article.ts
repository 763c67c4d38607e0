import type { ArticleFacts } from "../../extract/types.ts";
import { roleRecords } from "../offices.ts";
import { articleTime } from "../role-dates.ts";
import type { KnowledgeArticle } from "../types.ts";
import { evidenceRows, sentenceAround } from "./evidence-rows.ts";
import { Merger } from "./merger.ts";
import { mergeKeys, type MergeKeys } from "./merge-keys.ts";
import type { KnowledgeRepo, NewMention, NewTopicTag } from "./repo.ts";

export interface StoredArticle {
  articleId: number;
  slug: string;
  published: string | null;
  text: string;
  facts: ArticleFacts;
  /** `mergeKeys` of the facts and text, when computed ahead (in an extraction thread); else computed here. */
  keys?: MergeKeys;
}

/**
 * Adds one stored article to the knowledge layer: writes its mentions with their blocking keys and signatures, then
 * places each event and person mention (see merger.ts), so the result equals a full rebuild whatever the order of
 * ingestion. Runs inside the caller's transaction; merged data is rebuilt at `merger.flush()`. A second call for
 * the same article changes nothing.
 */
export async function mergeArticle(repo: KnowledgeRepo, merger: Merger, a: StoredArticle): Promise<{ events: number; people: number }> {
  if (await repo.hasArticle(a.articleId)) return { events: 0, people: 0 };
  const ka: KnowledgeArticle = { ...a.facts, slug: a.slug, articleId: a.articleId, published: a.published ?? a.facts.published, text: a.text };
  const rows = (ev: Parameters<typeof evidenceRows>[1]) => evidenceRows(a, ev);
  const keys = a.keys ?? mergeKeys(a.facts, a.text);
  const mentions: NewMention[] = [
    ...a.facts.events.map((f, index) => ({ kind: "event" as const, index, fact: f, evidence: rows(f.evidence), json: keys.json.events[index]!, ...keys.events[index]! })),
    ...a.facts.people.map((f, index) => ({ kind: "person" as const, index, fact: f, evidence: rows(f.evidence), json: keys.json.people[index]!, ...keys.people[index]! })),
    ...a.facts.quotes.map((f, index) => ({ kind: "quote" as const, index, fact: f, evidence: rows(f.evidence), json: keys.json.quotes[index]!, blocks: keys.quotes[index]!, sig: null })),
    ...a.facts.chairmanships.map((f, index) => ({ kind: "chair" as const, index, fact: f, evidence: rows(f.evidence), json: keys.json.chairs[index]!, blocks: keys.chairs[index]!, sig: null })),
  ];
  const year = (a.published ?? articleTime(a.facts.events))?.slice(0, 4) ?? null;
  const topics: NewTopicTag[] = keys.topics.flatMap((t) => t.hits.map((h) => {
    const s = sentenceAround(a.text, h.start, h.end);
    return {
      kind: t.kind, index: t.index, topic: h.topic, start: h.start, end: h.end, text: h.text, year: t.kind === "quote" ? year : null,
      evidence: { articleId: a.articleId, articleSlug: a.slug, start: h.start, end: h.end, sentenceStart: s.start, sentenceEnd: s.end, sentence: a.text.slice(s.start, s.end), rule: `topic:${h.topic}` },
    };
  }));
  await repo.addArticle({ articleId: a.articleId, slug: a.slug, mentions, roles: roleRecords(ka), topics });
  for (const kind of ["event", "person"] as const) {
    const items = mentions.filter((m) => m.kind === kind).map((m) => ({ ref: { article: a.slug, articleId: a.articleId, index: m.index }, sig: m.sig }));
    if (items.length) await merger.placeAll(kind, items);
  }
  return { events: a.facts.events.length, people: a.facts.people.length };
}

/** One article in its own transaction, merged data rebuilt at once (the batch path shares one flush per batch). */
export async function addArticle(repo: KnowledgeRepo, a: StoredArticle): Promise<{ events: number; people: number }> {
  const merger = new Merger(repo);
  return repo.transaction(async () => {
    const out = await mergeArticle(repo, merger, a);
    await merger.flush();
    return out;
  });
}
