import type { RoleRecord } from "../offices.ts";
import { refKey } from "../types.ts";
import { byStart, passes } from "./group-read.ts";
import type { GroupFilter, GroupKind, GroupRecord, KnowledgeRepo, MentionKind, MentionRecord, StoredGroup, TopicTagRecord } from "./repo.ts";

/**
 * A KnowledgeRepo in memory: the reference for what the SQL adapters must do, and the engine's test double.
 * Groups come out ordered by start date then key, as the SQL adapters order them.
 */
export class MemoryRepo implements KnowledgeRepo {
  private readonly articles = new Set<number>();
  private readonly slugs = new Set<string>();
  private readonly mentionRows: (MentionRecord & { blocks: string[] })[] = [];
  private readonly groupRows = new Map<string, GroupRecord & { kind: GroupKind; stale: boolean }>();
  private readonly roleRows: RoleRecord[] = [];
  private readonly topicRows: TopicTagRecord[] = [];

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  async hasArticle(articleId: number): Promise<boolean> {
    return this.articles.has(articleId);
  }

  async hasSlug(slug: string): Promise<boolean> {
    return this.slugs.has(slug);
  }

  async addArticle(input: Parameters<KnowledgeRepo["addArticle"]>[0]): Promise<void> {
    this.articles.add(input.articleId);
    this.slugs.add(input.slug);
    const ref = (index: number) => ({ article: input.slug, articleId: input.articleId, index });
    for (const m of input.mentions) this.mentionRows.push({ kind: m.kind, ref: ref(m.index), fact: m.fact, group: null, evidence: m.evidence, blocks: m.blocks, sig: m.sig });
    this.roleRows.push(...input.roles);
    for (const { index, ...t } of input.topics) this.topicRows.push({ ...t, ref: ref(index) });
  }

  async mentions(kind: MentionKind, blocks?: string[]): Promise<MentionRecord[]> {
    return this.mentionRows.filter((m) => m.kind === kind && (!blocks || m.blocks.some((b) => blocks.includes(b))));
  }

  async mentionsOf(kind: MentionKind, articleIds: number[]): Promise<MentionRecord[]> {
    return this.mentionRows.filter((m) => m.kind === kind && articleIds.includes(m.ref.articleId));
  }

  async sigsByBlock(kind: GroupKind, blocks: string[]): Promise<{ block: string; sig: string }[]> {
    const out = new Map<string, { block: string; sig: string }>();
    for (const m of this.mentionRows) {
      if (m.kind !== kind || !m.sig) continue;
      for (const b of m.blocks) if (blocks.includes(b)) out.set(`${b}\n${m.sig}`, { block: b, sig: m.sig });
    }
    return [...out.values()];
  }

  async sigGroups(kind: GroupKind, sigs: string[]): Promise<{ sig: string; group: string }[]> {
    const out = new Map<string, { sig: string; group: string }>();
    for (const m of this.mentionRows) if (m.kind === kind && m.sig && m.group && sigs.includes(m.sig)) out.set(`${m.sig}|${m.group}`, { sig: m.sig, group: m.group });
    return [...out.values()];
  }

  async mentionsBySig(kind: GroupKind, sigs: string[]): Promise<MentionRecord[]> {
    return this.mentionRows.filter((m) => m.kind === kind && m.sig && sigs.includes(m.sig));
  }

  async members(kind: GroupKind, keys: string[]): Promise<MentionRecord[]> {
    return this.mentionRows.filter((m) => m.kind === kind && m.group !== null && keys.includes(m.group));
  }

  async setGroup(kind: GroupKind, refs: { articleId: number; index: number }[], key: string): Promise<void> {
    const wanted = new Set(refs.map((r) => `${r.articleId}#${r.index}`));
    for (const m of this.mentionRows) if (m.kind === kind && wanted.has(`${m.ref.articleId}#${m.ref.index}`)) m.group = key;
  }

  async putGroup(kind: GroupKind, g: GroupRecord): Promise<void> {
    this.groupRows.set(`${kind}|${g.key}`, { ...g, kind, stale: false });
  }

  async deleteGroups(kind: GroupKind, keys: string[]): Promise<void> {
    for (const k of keys) this.groupRows.delete(`${kind}|${k}`);
  }

  async unsigned(kind: GroupKind, limit: number): Promise<MentionRecord[]> {
    return this.mentionRows.filter((m) => m.kind === kind && !m.sig).slice(0, limit);
  }

  async setSig(kind: GroupKind, ref: { articleId: number; index: number }, sig: string, blocks: string[]): Promise<void> {
    const m = this.mentionRows.find((x) => x.kind === kind && x.ref.articleId === ref.articleId && x.ref.index === ref.index);
    if (m) Object.assign(m, { sig, blocks });
  }

  async memberCounts(kind: GroupKind, keys: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const m of this.mentionRows) if (m.kind === kind && m.group !== null && keys.includes(m.group)) out.set(m.group, (out.get(m.group) ?? 0) + 1);
    return out;
  }

  async builtSizes(kind: GroupKind, keys: string[]): Promise<Map<string, number>> {
    return new Map(keys.flatMap((k) => { const g = this.groupRows.get(`${kind}|${k}`); return g ? [[k, g.size] as const] : []; }));
  }

  async markStale(kind: GroupKind, keys: string[]): Promise<void> {
    for (const k of keys) { const g = this.groupRows.get(`${kind}|${k}`); if (g) g.stale = true; }
  }

  async staleGroups(kind: GroupKind, limit: number): Promise<string[]> {
    return [...this.groupRows.values()].filter((g) => g.kind === kind && g.stale).slice(0, limit).map((g) => g.key);
  }

  async groups(kind: GroupKind, f: GroupFilter = {}): Promise<StoredGroup[]> {
    return [...this.groupRows.values()]
      .filter((g) => g.kind === kind && (!f.keys || f.keys.includes(g.key)) && (g.stale || passes(g, f)))
      .sort(byStart)
      .map((g) => ({ key: g.key, stale: g.stale, data: g.data }));
  }

  async roles(): Promise<{ record: RoleRecord; person: string | null }[]> {
    return this.roleRows.map((record) => ({
      record,
      person: this.mentionRows.find((m) => m.kind === "person" && refKey(m.ref) === refKey(record.ref))?.group ?? null,
    }));
  }

  async topicTags(): Promise<(TopicTagRecord & { group: string | null })[]> {
    return this.topicRows.map((t) => ({
      ...t,
      group: t.kind === "event" ? (this.mentionRows.find((m) => m.kind === "event" && refKey(m.ref) === refKey(t.ref))?.group ?? null) : null,
    }));
  }
}
