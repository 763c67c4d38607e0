import type { EventFact, PersonFact } from "../../extract/types.ts";
import { mergeEvent } from "../merge-event.ts";
import { identityOf } from "../person-identities.ts";
import { compareRefs, refKey, type FactRef } from "../types.ts";
import { SPECS, type KindSpec } from "./kinds.ts";
import { placement, type Neighbour } from "./place.ts";
import type { GroupKind, GroupRecord, KnowledgeRepo, MentionRecord } from "./repo.ts";

type Ref = FactRef & { articleId: number };

/**
 * Incremental grouping of event and person mentions. Each new mention is placed from its neighbours (distinct
 * signatures under its blocking keys, never a scan of the store); when its arrival could change other mentions'
 * groups, its component (signatures linked by `same`) is regrouped in full, which gives exactly the groups a full
 * rebuild gives. Merged data of the groups touched is settled once, at `flush` (end of the batch transaction).
 */
export class Merger {
  private readonly dirty = { event: new Set<string>(), person: new Set<string>() };
  /** Mentions regrouped by the slow path, for the benchmark's diagnostics. */
  slow = 0;

  constructor(private readonly repo: KnowledgeRepo) {}

  /** Places an article's mentions of a kind in turn; their candidates are looked up in one query. */
  async placeAll(kind: GroupKind, items: { ref: Ref; sig: string | null }[]): Promise<void> {
    const spec = SPECS[kind] as KindSpec<unknown>;
    const blocks = new Set(items.flatMap(({ sig }) => (sig === null ? [] : spec.blocks(spec.key(sig)))));
    const byBlock = new Map<string, string[]>();
    for (const { block, sig } of blocks.size ? await this.repo.sigsByBlock(kind, [...blocks]) : []) {
      const list = byBlock.get(block);
      if (list) list.push(sig);
      else byBlock.set(block, [sig]);
    }
    // Placing never adds signatures (the article's own were stored before), so one lookup serves every mention.
    const candidates = (bs: string[]) => [...new Set(bs.flatMap((b) => byBlock.get(b) ?? []))];
    for (const { ref, sig } of items) await this.place(kind, ref, sig, candidates);
  }

  private async place(kind: GroupKind, ref: Ref, sig: string | null, lookup: (blocks: string[]) => string[]): Promise<void> {
    const spec = SPECS[kind] as KindSpec<unknown>;
    const key = sig === null ? null : spec.key(sig);
    const level = key === null ? null : spec.level(key);
    if (sig === null || key === null || level === null) return this.assign(kind, [ref], refKey(ref));
    const blocks = spec.blocks(key);
    const sigs = lookup(blocks).filter((s) => spec.same(key, spec.key(s)));
    const groups = new Map<string, string[]>();
    for (const { sig: s, group } of sigs.length ? await this.repo.sigGroups(kind, sigs) : []) groups.set(s, [...(groups.get(s) ?? []), group]);
    const neighbours: Neighbour[] = sigs.map((s) => ({ level: spec.level(spec.key(s)) ?? -1, groups: groups.get(s) ?? [] }));
    const p = placement(level, neighbours);
    if ("join" in p) return this.assign(kind, [ref], p.join);
    if ("alone" in p) return this.assign(kind, [ref], refKey(ref));
    this.slow++;
    await this.regroup(kind, spec, sig);
  }

  /** Regroups every mention of the signatures connected to `sig` (through shared blocks and `same`). */
  private async regroup(kind: GroupKind, spec: KindSpec<unknown>, sig: string): Promise<void> {
    const component = new Set([sig]);
    for (let frontier = [sig]; frontier.length; ) {
      const next: string[] = [];
      for (const s of frontier) {
        const k = spec.key(s);
        for (const c of new Set((await this.repo.sigsByBlock(kind, spec.blocks(k))).map((r) => r.sig))) {
          if (!component.has(c) && spec.same(k, spec.key(c))) {
            component.add(c);
            next.push(c);
          }
        }
      }
      frontier = next;
    }
    const mentions = await this.repo.mentionsBySig(kind, [...component]);
    for (const m of mentions) if (m.group) this.dirty[kind].add(m.group);
    const byRef = new Map(mentions.map((m) => [refKey(m.ref), m]));
    for (const cluster of spec.cluster(mentions.map((m) => ({ ref: m.ref, fact: m.fact })))) {
      const members = cluster.map((c) => byRef.get(refKey(c.ref))!).sort((a, b) => compareRefs(a.ref, b.ref));
      const key = refKey(members[0]!.ref);
      const moved = members.filter((m) => m.group !== key).map((m) => m.ref);
      if (moved.length) await this.repo.setGroup(kind, moved, key);
      this.dirty[kind].add(key);
    }
  }

  private async assign(kind: GroupKind, refs: Ref[], key: string): Promise<void> {
    let target = key;
    const head = refs.reduce((a, b) => (compareRefs(a, b) <= 0 ? a : b));
    if (compareRefs(head, parseKey(key)) < 0) {
      // A group is named after its smallest member: a smaller newcomer renames it (rare when ids arrive in order).
      target = refKey(head);
      const old = await this.repo.members(kind, [key]);
      if (old.length) await this.repo.setGroup(kind, old.map((m) => m.ref), target);
      this.dirty[kind].add(key);
    }
    await this.repo.setGroup(kind, refs, target);
    this.dirty[kind].add(target);
  }

  /**
   * Settles every group touched since the last flush: a group left empty is deleted; a small one, or one that grew by
   * half (or shrank) since its data was built, is rebuilt from its members; any other is only marked stale, and read
   * from its members until rebuilt (group-read.ts). A much-reported person is thus rebuilt a few times over an
   * archive, not at every batch: the work per article stays the same however big the group gets.
   */
  async flush(): Promise<void> {
    for (const kind of ["event", "person"] as const) {
      const keys = [...this.dirty[kind]];
      this.dirty[kind].clear();
      if (!keys.length) continue;
      const [counts, built] = await Promise.all([this.repo.memberCounts(kind, keys), this.repo.builtSizes(kind, keys)]);
      const gone = keys.filter((k) => !counts.has(k));
      if (gone.length) await this.repo.deleteGroups(kind, gone);
      const rebuild = keys.filter((k) => counts.has(k) && due(counts.get(k)!, built.get(k)));
      const later = keys.filter((k) => counts.has(k) && !due(counts.get(k)!, built.get(k)));
      if (later.length) await this.repo.markStale(kind, later);
      await this.rebuild(kind, rebuild);
    }
  }

  /** Rebuilds up to `limit` stale groups of each kind; returns how many (the caller repeats until none are left). */
  async refreshStale(limit = 64): Promise<number> {
    let n = 0;
    for (const kind of ["event", "person"] as const) {
      const keys = await this.repo.staleGroups(kind, limit);
      await this.rebuild(kind, keys);
      n += keys.length;
    }
    return n;
  }

  private async rebuild(kind: GroupKind, keys: string[]): Promise<void> {
    if (!keys.length) return;
    const byGroup = new Map<string, MentionRecord[]>(keys.map((k) => [k, []]));
    for (const m of await this.repo.members(kind, keys)) byGroup.get(m.group!)?.push(m);
    for (const [key, ms] of byGroup) {
      if (!ms.length) continue;
      const record = groupRecord(kind, ms);
      // Keys are normally kept equal to the data's key as members arrive; this follows any other naming rule.
      if (record.key !== key) await this.repo.setGroup(kind, ms.map((m) => m.ref), record.key);
      await this.repo.putGroup(kind, record);
    }
  }
}

/** Groups up to this size are rebuilt at every flush that touches them (cheap, and most groups are this small). */
const SMALL = 32;
/** A bigger group is rebuilt once it has this many times the members its data was built from. */
const GROWTH = 1.5;

const due = (members: number, built: number | undefined) =>
  built === undefined || members <= SMALL || members < built || members >= built * GROWTH;

function parseKey(key: string): FactRef {
  const at = key.lastIndexOf("#");
  return { article: key.slice(0, at), index: Number(key.slice(at + 1)) };
}

/** The stored form of one group: the merged object with every member's evidence. */
export function groupRecord(kind: GroupKind, members: MentionRecord[]): GroupRecord {
  const evidence = new Map(members.map((m) => [refKey(m.ref), m.evidence]));
  const withEvidence = <T extends { sources: FactRef[] }>(x: T) =>
    ({ ...x, evidence: Object.fromEntries(x.sources.map((s) => [refKey(s), evidence.get(refKey(s)) ?? []])) });
  if (kind === "event") {
    const merged = mergeEvent(members.map((m) => ({ ref: m.ref, fact: m.fact as EventFact })));
    return { key: merged.key, data: withEvidence(merged), org: merged.org, start: merged.start, name: null, conflicts: merged.conflicts.length > 0, size: members.length };
  }
  const id = identityOf(members.map((m) => ({ ref: m.ref, fact: m.fact as PersonFact })));
  return { key: id.key, data: withEvidence(id), org: null, start: null, name: id.name, conflicts: false, size: members.length };
}
