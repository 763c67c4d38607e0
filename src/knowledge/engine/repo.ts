import type { EvidenceRow } from "../evidence-row.ts";
import type { RoleRecord } from "../offices.ts";
import type { FactRef } from "../types.ts";
import type { MentionJson } from "./merge-keys.ts";

/** The kinds of per-article facts the knowledge layer keeps, and the kinds of merged groups it maintains. */
export type MentionKind = "event" | "person" | "quote" | "chair";
export type GroupKind = "event" | "person";

export interface MentionRecord {
  kind: MentionKind;
  ref: FactRef & { articleId: number };
  /** The per-article fact as extracted (EventFact, PersonFact...). */
  fact: unknown;
  /** Key of the merged event or person the mention belongs to. */
  group: string | null;
  evidence: EvidenceRow[];
  /** The grouping signature (kinds/ KindSpec) of event and person mentions; null for the other kinds. */
  sig?: string | null;
}

export interface NewMention {
  kind: MentionKind;
  index: number;
  fact: unknown;
  evidence: EvidenceRow[];
  blocks: string[];
  sig: string | null;
  /** `fact` and `evidence` as a store writes them (engine/merge-keys.ts), computed ahead. */
  json: MentionJson;
}

export interface TopicTagRecord {
  kind: "event" | "quote";
  ref: FactRef & { articleId: number };
  topic: string;
  start: number;
  end: number;
  text: string;
  /** The year a quote was said (article time); events take the year of their merged event. */
  year: string | null;
  evidence: EvidenceRow;
}

export type NewTopicTag = Omit<TopicTagRecord, "ref"> & { index: number };

export interface GroupRecord {
  key: string;
  /** The merged object (MergedEvent, Identity) as JSON-able data. */
  data: unknown;
  org: string | null;
  start: string | null;
  name: string | null;
  conflicts: boolean;
  /** How many members the data was built from. */
  size: number;
  members?: FactRef[];
}

export interface GroupFilter {
  keys?: string[];
  org?: string;
  from?: string;
  to?: string;
  conflicts?: boolean;
}

/** A stored group: its data as last built, and whether members joined or left since (see merger.ts, `flush`). */
export interface StoredGroup {
  key: string;
  stale: boolean;
  data: unknown;
}

/**
 * Storage primitives the knowledge engine needs; each store adapter implements them with its own SQL, and the engine
 * (add-article.ts, queries) is shared. Every method may run inside `transaction`.
 */
export interface KnowledgeRepo {
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  hasArticle(articleId: number): Promise<boolean>;
  /** Whether an article already added goes by this slug. */
  hasSlug(slug: string): Promise<boolean>;
  addArticle(input: {
    articleId: number;
    slug: string;
    mentions: NewMention[];
    roles: RoleRecord[];
    topics: NewTopicTag[];
  }): Promise<void>;
  /** Mentions of a kind under any of the blocking keys, or all of that kind when `blocks` is omitted. */
  mentions(kind: MentionKind, blocks?: string[]): Promise<MentionRecord[]>;
  /** Mentions of a kind in the given articles. */
  mentionsOf(kind: MentionKind, articleIds: number[]): Promise<MentionRecord[]>;
  /** The signatures under each of the blocking keys, as (block, sig) pairs. */
  sigsByBlock(kind: GroupKind, blocks: string[]): Promise<{ block: string; sig: string }[]>;
  /** The groups the mentions of each signature are in (mentions not yet grouped left out). */
  sigGroups(kind: GroupKind, sigs: string[]): Promise<{ sig: string; group: string }[]>;
  mentionsBySig(kind: GroupKind, sigs: string[]): Promise<MentionRecord[]>;
  /** Members of the groups, with their signatures. */
  members(kind: GroupKind, keys: string[]): Promise<MentionRecord[]>;
  /** Points mentions at a group. */
  setGroup(kind: GroupKind, refs: { articleId: number; index: number }[], key: string): Promise<void>;
  /** Writes (or overwrites) a group's merged data and clears its stale mark; `members` is ignored (membership is setGroup's). */
  putGroup(kind: GroupKind, group: GroupRecord): Promise<void>;
  /** How many mentions each group has now (groups without members left out), through the index on the group. */
  memberCounts(kind: GroupKind, keys: string[]): Promise<Map<string, number>>;
  /** The `size` each stored group's data was built from (groups never built left out). */
  builtSizes(kind: GroupKind, keys: string[]): Promise<Map<string, number>>;
  /** Marks groups whose stored data no longer reflects their members. */
  markStale(kind: GroupKind, keys: string[]): Promise<void>;
  /** Up to `limit` keys of stale groups, through an index. */
  staleGroups(kind: GroupKind, limit: number): Promise<string[]>;
  deleteGroups(kind: GroupKind, keys: string[]): Promise<void>;
  /** Event and person mentions stored before signatures existed (their sig is null), to be signed once. */
  unsigned(kind: GroupKind, limit: number): Promise<MentionRecord[]>;
  setSig(kind: GroupKind, ref: { articleId: number; index: number }, sig: string, blocks: string[]): Promise<void>;
  /**
   * Groups whose stored columns pass the filter, and every stale group among `keys` (all when no keys are given),
   * whose columns may be out of date; ordered by start (none last), then key. Read them through `readGroups`.
   */
  groups(kind: GroupKind, filter?: GroupFilter): Promise<StoredGroup[]>;
  /** Every role record with the key of the person group its mention belongs to. */
  roles(): Promise<{ record: RoleRecord; person: string | null }[]>;
  topicTags(): Promise<(TopicTagRecord & { group: string | null })[]>;
}
