import { readGroups } from "./group-read.ts";
import { canonicalOrg } from "../canonical.ts";
import { topicLabel } from "../topics.ts";
import { refKey } from "../types.ts";
import type { ConflictRow, EventDetail, TimelineQuery, TimelineRow } from "../api.ts";
import { eventLabel, timelineRow, type EventGroup } from "./group-data.ts";
import type { KnowledgeRepo } from "./repo.ts";

async function topicsByGroup(repo: KnowledgeRepo): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const t of await repo.topicTags()) {
    if (t.kind !== "event" || !t.group) continue;
    const list = out.get(t.group) ?? [];
    if (!list.includes(t.topic)) list.push(t.topic);
    out.set(t.group, list);
  }
  return out;
}

export async function timeline(repo: KnowledgeRepo, q: TimelineQuery = {}): Promise<TimelineRow[]> {
  const filter: { org?: string; from?: string; to?: string } = {};
  if (q.org) filter.org = canonicalOrg(q.org) ?? q.org;
  if (q.from) filter.from = q.from;
  if (q.to) filter.to = q.to;
  const groups = (await readGroups(repo, "event", filter)) as EventGroup[];
  const topics = await topicsByGroup(repo);
  const rows = groups.map((g) => timelineRow(g, topics.get(g.key) ?? []));
  return q.limit ? rows.slice(0, q.limit) : rows;
}

export async function eventDetail(repo: KnowledgeRepo, key: string): Promise<EventDetail | null> {
  const [g] = (await readGroups(repo, "event", { keys: [key] })) as EventGroup[];
  if (!g) return null;
  const tags = (await repo.topicTags()).filter((t) => t.kind === "event" && t.group === key);
  const seen = new Set<string>();
  const topicTags = tags.filter((t) => !seen.has(`${t.topic}|${t.ref.article}`) && !!seen.add(`${t.topic}|${t.ref.article}`))
    .map((t) => ({ topic: t.topic, label: topicLabel(t.topic), text: t.text, evidence: t.evidence }));
  return { ...timelineRow(g, [...new Set(tags.map((t) => t.topic))]), topicTags };
}

export async function conflicts(repo: KnowledgeRepo): Promise<ConflictRow[]> {
  const groups = (await readGroups(repo, "event", { conflicts: true })) as EventGroup[];
  return groups.flatMap((g) => g.conflicts.map((c) => ({
    event: g.key, label: eventLabel(g), start: g.start, slot: c.slot,
    values: c.values.map((v) => ({ value: v.value, evidence: v.sources.flatMap((s) => g.evidence[refKey(s)] ?? []) })),
    evidence: c.values.flatMap((v) => v.sources.flatMap((s) => g.evidence[refKey(s)] ?? [])),
  })));
}
