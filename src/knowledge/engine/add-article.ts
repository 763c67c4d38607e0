import type { ArticleFacts, EventFact, PersonFact } from "../../extract/types.ts";
import { blockClosure } from "../closure.ts";
import { clusterEvents } from "../event-clusters.ts";
import { eventBlockKeys, eventKey } from "../event-key.ts";
import { factTopics } from "../fact-topics.ts";
import { mergeEvent } from "../merge-event.ts";
import { roleRecords } from "../offices.ts";
import { buildIdentities } from "../person-identities.ts";
import { nameBlockKeys, parseName } from "../person-name.ts";
import { articleTime } from "../role-dates.ts";
import { canonicalOrg } from "../canonical.ts";
import { refKey, type KnowledgeArticle } from "../types.ts";
import { evidenceRows, sentenceAround } from "./evidence-rows.ts";
import type { KnowledgeRepo, MentionRecord, NewMention, NewTopicTag } from "./repo.ts";

export interface StoredArticle {
  articleId: number;
  slug: string;
  published: string | null;
  text: string;
  facts: ArticleFacts;
}

const eventBlocks = (f: EventFact) => eventBlockKeys(eventKey(f));
const personBlocks = (f: PersonFact) => nameBlockKeys(parseName(f.name));

/**
 * Adds one stored article to the knowledge layer: writes its mentions with their blocking keys, then regroups only
 * the mentions that share keys with them (see closure.ts), so the result equals a full rebuild whatever the order of
 * ingestion. A second call for the same article changes nothing.
 */
export async function addArticle(repo: KnowledgeRepo, a: StoredArticle): Promise<{ events: number; people: number }> {
  return repo.transaction(async () => {
    if (await repo.hasArticle(a.articleId)) return { events: 0, people: 0 };
    const ka: KnowledgeArticle = { ...a.facts, slug: a.slug, articleId: a.articleId, published: a.published ?? a.facts.published, text: a.text };
    const rows = (ev: Parameters<typeof evidenceRows>[1]) => evidenceRows(a, ev);
    const mentions: NewMention[] = [
      ...a.facts.events.map((f, index) => ({ kind: "event" as const, index, fact: f, evidence: rows(f.evidence), blocks: eventBlocks(f) })),
      ...a.facts.people.map((f, index) => ({ kind: "person" as const, index, fact: f, evidence: rows(f.evidence), blocks: personBlocks(f) })),
      ...a.facts.quotes.map((f, index) => ({ kind: "quote" as const, index, fact: f, evidence: rows(f.evidence), blocks: nameBlockKeys(parseName(f.speaker)) })),
      ...a.facts.chairmanships.map((f, index) => ({ kind: "chair" as const, index, fact: f, evidence: rows(f.evidence), blocks: [canonicalOrg(f.org) ?? f.org] })),
    ];
    const year = (a.published ?? articleTime(a.facts.events))?.slice(0, 4) ?? null;
    const topics: NewTopicTag[] = factTopics(ka).flatMap((t) => t.hits.map((h) => {
      const s = sentenceAround(a.text, h.start, h.end);
      return {
        kind: t.kind, index: t.index, topic: h.topic, start: h.start, end: h.end, text: h.text, year: t.kind === "quote" ? year : null,
        evidence: { articleId: a.articleId, articleSlug: a.slug, start: h.start, end: h.end, sentenceStart: s.start, sentenceEnd: s.end, sentence: a.text.slice(s.start, s.end), rule: `topic:${h.topic}` },
      };
    }));
    await repo.addArticle({ articleId: a.articleId, slug: a.slug, mentions, roles: roleRecords(ka), topics });
    return { events: await regroupEvents(repo, a.articleId), people: await regroupPeople(repo, a.articleId) };
  });
}

async function closureOf(repo: KnowledgeRepo, kind: "event" | "person", articleId: number, blocks: (m: MentionRecord) => string[]) {
  return blockClosure({
    seed: await repo.mentionsOf(kind, [articleId]),
    id: (m) => refKey(m.ref),
    blockKeys: blocks,
    lookup: (b) => repo.mentions(kind, b),
  });
}

const oldKeys = (ms: MentionRecord[]) => [...new Set(ms.map((m) => m.group).filter((g): g is string => g !== null))];

async function regroupEvents(repo: KnowledgeRepo, articleId: number): Promise<number> {
  const closure = await closureOf(repo, "event", articleId, (m) => eventBlocks(m.fact as EventFact));
  const evidence = new Map(closure.map((m) => [refKey(m.ref), m.evidence]));
  const groups = clusterEvents(closure.map((m) => ({ ref: m.ref, fact: m.fact as EventFact }))).map((cluster) => {
    const merged = mergeEvent(cluster);
    const data = { ...merged, evidence: Object.fromEntries(merged.sources.map((s) => [refKey(s), evidence.get(refKey(s)) ?? []])) };
    return { key: merged.key, data, org: merged.org, start: merged.start, name: null, conflicts: merged.conflicts.length > 0, members: merged.sources };
  });
  await repo.replaceGroups("event", oldKeys(closure), groups);
  return groups.length;
}

async function regroupPeople(repo: KnowledgeRepo, articleId: number): Promise<number> {
  const closure = await closureOf(repo, "person", articleId, (m) => personBlocks(m.fact as PersonFact));
  const evidence = new Map(closure.map((m) => [refKey(m.ref), m.evidence]));
  const groups = buildIdentities(closure.map((m) => ({ ref: m.ref, fact: m.fact as PersonFact }))).map((id) => ({
    key: id.key, data: { ...id, evidence: Object.fromEntries(id.sources.map((s) => [refKey(s), evidence.get(refKey(s)) ?? []])) },
    org: null, start: null, name: id.name, conflicts: false, members: id.sources,
  }));
  await repo.replaceGroups("person", oldKeys(closure), groups);
  return groups.length;
}
