import { readGroups } from "./group-read.ts";
import type { ChairmanshipFact } from "../../extract/types.ts";
import type { ChairTimelineRow, TopicCountRow } from "../api.ts";
import { canonicalOrg } from "../canonical.ts";
import { buildChairmanships } from "../chairmanships.ts";
import { topicLabel, topics } from "../topics.ts";
import { refKey, type KnowledgeArticle } from "../types.ts";
import type { EventGroup } from "./group-data.ts";
import type { KnowledgeRepo } from "./repo.ts";

export async function chairmanships(repo: KnowledgeRepo, org?: string): Promise<ChairTimelineRow[]> {
  const mentions = await repo.mentions("chair", org ? [canonicalOrg(org) ?? org] : undefined);
  const evidence = new Map(mentions.map((m) => [refKey(m.ref), m.evidence]));
  // Facts regrouped per article so the timeline builder sees them as it does in memory.
  const byArticle = new Map<string, KnowledgeArticle>();
  for (const m of [...mentions].sort((a, b) => a.ref.index - b.ref.index)) {
    const a = byArticle.get(m.ref.article) ?? { slug: m.ref.article, articleId: m.ref.articleId, published: null, events: [], people: [], quotes: [], chairmanships: [] };
    a.chairmanships[m.ref.index] = m.fact as ChairmanshipFact;
    byArticle.set(m.ref.article, a);
  }
  return buildChairmanships([...byArticle.values()]).map((t) => ({
    org: t.org,
    periods: t.periods.map((p) => ({ ...p, evidence: p.sources.flatMap((s) => evidence.get(refKey(s)) ?? []) })),
  }));
}

/** How often each topic comes up: distinct merged events and quotes, overall or per year. */
export async function topicCounts(repo: KnowledgeRepo, q: { by?: "year" } = {}): Promise<TopicCountRow[]> {
  const groups = new Map(((await readGroups(repo, "event")) as EventGroup[]).map((g) => [g.key, g]));
  const counts = new Map<string, { events: Set<string>; quotes: Set<string> }>();
  for (const t of await repo.topicTags()) {
    const year = t.kind === "event" ? (t.group ? groups.get(t.group)?.start?.slice(0, 4) : undefined) : t.year;
    const bucket = q.by === "year" ? (year ?? "undated") : "all";
    const k = `${t.topic}|${bucket}`;
    const c = counts.get(k) ?? { events: new Set<string>(), quotes: new Set<string>() };
    counts.set(k, c);
    if (t.kind === "event") c.events.add(t.group ?? refKey(t.ref));
    else c.quotes.add(refKey(t.ref));
  }
  const order = topics().map((t) => t.id);
  return [...counts].map(([k, c]) => {
    const [topic, bucket] = k.split("|") as [string, string];
    return { topic, label: topicLabel(topic), bucket, events: c.events.size, quotes: c.quotes.size };
  }).sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : order.indexOf(a.topic) - order.indexOf(b.topic)));
}
