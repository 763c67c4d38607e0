import type { ArticleFacts } from "../extract/types.ts";
import type { MergeKeys } from "./engine/merge-keys.ts";
import type { EvidenceRow } from "./evidence-row.ts";
import type { ChairPeriod } from "./chairmanships.ts";
import type { ConflictSlot, MergedEvent } from "./merged-event.ts";
import type { OfficeTerm } from "./offices.ts";
import type { Sourced } from "./types.ts";

/** A merged event with the sentences of all its sources. */
export interface TimelineRow extends MergedEvent {
  topics: string[];
  evidence: EvidenceRow[];
  /** Independent reports among the sources: a near-duplicate copy and its original count once. */
  independentSources?: number;
}

export interface TopicTagRow {
  topic: string;
  label: string;
  /** The words that triggered the topic, and where. */
  text: string;
  evidence: EvidenceRow;
}

export interface EventDetail extends TimelineRow {
  topicTags: TopicTagRow[];
}

export interface PersonQuoteRow {
  text: string;
  topics: string[];
  evidence: EvidenceRow[];
}

export interface PersonDetail {
  key: string;
  name: string;
  names: Sourced<string>[];
  roles: Sourced<string>[];
  offices: { title: string; of: string | null; acting: boolean; from: string | null; to: string | null }[];
  events: TimelineRow[];
  quotes: PersonQuoteRow[];
  evidence: EvidenceRow[];
}

export interface PersonSummary {
  key: string;
  name: string;
  names: Sourced<string>[];
  roles: Sourced<string>[];
}

export interface OfficeHolderRow extends OfficeTerm {
  evidence: EvidenceRow[];
}

export interface OfficeRow {
  title: string;
  of: string | null;
  holders: OfficeHolderRow[];
}

export interface ChairPeriodRow extends ChairPeriod {
  evidence: EvidenceRow[];
}

export interface ChairTimelineRow {
  org: string;
  periods: ChairPeriodRow[];
}

export interface TopicCountRow {
  topic: string;
  label: string;
  /** The year (with --by year), or "all". */
  bucket: string;
  events: number;
  quotes: number;
}

export interface ConflictRow {
  event: string;
  label: string;
  start: string | null;
  slot: ConflictSlot;
  values: { value: string; evidence: EvidenceRow[] }[];
  evidence: EvidenceRow[];
}

export interface TimelineQuery {
  org?: string;
  /** Partial ISO dates, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
}

/** A stored article as the knowledge layer merges it. */
export interface NewKnowledgeArticle {
  articleId: number;
  slug: string;
  hash: string;
  published: string | null;
  text: string;
  facts: ArticleFacts;
  /** Set on a near-duplicate copy: merged like any article, counted once with its original (independentSources). */
  duplicateOf?: number | null;
  /** What merging computes from the facts and text alone, when computed ahead (engine/merge-keys.ts). */
  keys?: MergeKeys;
}

/**
 * The knowledge layer of the store: facts of all articles merged into events, people, offices, chairmanships and
 * topics, each answer with its sources. `addArticle` merges one stored article incrementally (only the mentions
 * sharing blocking keys with it are regrouped); it is idempotent.
 */
export interface KnowledgeStore {
  /** Merges a stored article, read back from the article store, in its own transaction. */
  addArticle(articleId: number): Promise<{ events: number; people: number }>;
  /**
   * Merges an article just saved, from the data in hand (no read back). Inside `transaction` it joins that unit;
   * merged data is rebuilt once when the outermost transaction commits.
   */
  merge(a: NewKnowledgeArticle): Promise<{ events: number; people: number }>;
  /**
   * One unit of work for the store: on SQLite the write lock is taken first (BEGIN IMMEDIATE), on PostgreSQL one
   * merger at a time (advisory lock). Saving articles inside it makes storing and merging one unit: a crash leaves
   * neither.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  timeline(q?: TimelineQuery): Promise<TimelineRow[]>;
  /** An event by its key ("seed-000#0", as printed by timeline). */
  event(key: string): Promise<EventDetail | null>;
  /** Every identity whose name matches (transliteration tolerant). */
  person(name: string): Promise<PersonDetail[]>;
  /** Holders of the offices with this title (all offices when no title is given), optionally of one org or country. */
  office(title?: string, of?: string): Promise<OfficeRow[]>;
  /** Every person identity: key, fullest name and every name used, with sources. */
  people(): Promise<PersonSummary[]>;
  chairmanships(org?: string): Promise<ChairTimelineRow[]>;
  topics(q?: { by?: "year" }): Promise<TopicCountRow[]>;
  conflicts(): Promise<ConflictRow[]>;
  /**
   * Rebuilds the stored data of groups marked stale (a big group is rebuilt as it grows, not at every batch). Reads
   * are right either way, merging stale groups from their members; this makes them quick again. Returns how many.
   */
  refresh(): Promise<number>;
}
