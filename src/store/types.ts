import type { ArticleFacts } from "../extract/types.ts";
import type { KnowledgeStore } from "./knowledge-types.ts";
import type { EvidenceRow } from "../knowledge/evidence-row.ts";
import type { MergeKeys } from "../knowledge/engine/merge-keys.ts";

/** An annotation of the article text kept for display (highlighting) and provenance. */
export type MentionKind = "person" | "place" | "org" | "body" | "title" | "date" | "quote";
export interface MentionInput {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** Canonical value (country name, body name, ISO date, speaker of a quote...). */
  norm: string | null;
}

export interface ArticleInput {
  /** sha256 of the original text: the idempotency key. */
  hash: string;
  /** The article's id (file name without extension, or the JSON Lines id). */
  slug: string;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  dateline: string | null;
  /** The original text, exactly as read. */
  text: string;
  /** Store id of the article this one is a near-duplicate copy of (the same wire story under another header). */
  duplicateOf?: number | null;
  /** The page the text was extracted from (HTML), gzip-compressed, kept for audit. */
  htmlGz?: Uint8Array | null;
  /** LSH band keys of the text's MinHash signature: indexed, so near duplicates are found without comparing pairs. */
  bands?: string[];
}

export interface SaveArticleInput {
  article: ArticleInput;
  facts: ArticleFacts;
  mentions: MentionInput[];
  /** Work on the record alone, done ahead in an extraction thread so that the one writing thread does less. */
  prepared?: PreparedSave;
}

export interface CopyCandidate {
  id: number;
  hash: string;
  duplicateOf: number | null;
  text: string | null;
  shingles: Uint32Array | null;
}

/** Derived from a SaveArticleInput alone (src/jobs/prepare.ts); each field, when absent, is computed by the writer. */
export interface PreparedSave {
  /** JSON.stringify of the facts, as stored. */
  factsJson?: string;
  /** The text's shingles (dedup/minhash.ts), to confirm near-duplicate candidates. */
  shingles?: Uint32Array;
  /** What merging computes from the facts and text alone. */
  keys?: MergeKeys;
}

export interface SaveResult {
  articleId: number;
  /** false when an article with the same hash was already stored (nothing was written). */
  inserted: boolean;
}

export interface ArticleRow extends ArticleInput {
  id: number;
  ingestedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Filters shared by the fact queries; every field optional, all given fields must hold. */
export interface FactFilter {
  org?: string;
  body?: string;
  /** Four-digit year the fact's date falls in. */
  year?: number;
  /** Person name or surname (matched case- and accent-insensitively, transliteration tolerant where possible). */
  person?: string;
  country?: string;
  articleId?: number;
  limit?: number;
  offset?: number;
}

// The knowledge layer (below the store) defines evidence rows; the store keeps them.
export type { EvidenceRow };

export interface EventRow {
  id: number;
  articleId: number;
  kind: string;
  status: string;
  org: string | null;
  bodies: string[];
  name: string | null;
  start: string | null;
  end: string | null;
  city: string | null;
  country: string | null;
  chair: string | null;
  attendees: string[];
  states: string[];
  documentsSigned: number | null;
  documents: string[];
  evidence: EvidenceRow[];
}

export interface PersonRow {
  id: number;
  articleId: number;
  name: string;
  roles: { title: string; of: string | null; acting: boolean }[];
  evidence: EvidenceRow[];
}

export interface QuoteRow {
  id: number;
  articleId: number;
  speaker: string;
  text: string;
  full: string | null;
  evidence: EvidenceRow[];
}

export interface ChairmanshipRow {
  id: number;
  articleId: number;
  org: string;
  state: string;
  start: string | null;
  end: string | null;
  evidence: EvidenceRow[];
}

export interface MentionRow extends MentionInput {
  id: number;
  articleId: number;
}

export interface SearchHit {
  kind: "article" | "quote";
  articleId: number;
  /** Quote row id for quote hits. */
  id: number;
  title: string | null;
  /** Text with the match marked by [[ ]] (escape before display). */
  snippet: string;
}

/**
 * The article-level store: articles, their mentions and per-article facts with evidence.
 * Every adapter (sqlite/, postgres/) implements it and passes the shared suite in store/store-suite.ts.
 * All methods are async so that network-backed adapters fit the same interface.
 */
export interface ArticleStore {
  hasArticle(hash: string): Promise<boolean>;
  /**
   * Stores the article, its mentions and facts in one transaction; a known hash writes nothing. Inside a caller's
   * transaction it is a savepoint, so a failed save is taken back alone; `{ savepoint: false }` leaves that out for a
   * caller whose whole transaction fails with any of its saves (a batch), saving the savepoint's cost (SQLite copies
   * pages to a sub-journal and flushes the full-text index at every savepoint).
   */
  saveArticle(input: SaveArticleInput, o?: { savepoint?: boolean }): Promise<SaveResult>;
  /** The stored ArticleFacts (with evidence) of one article, exactly as extracted. */
  articleFacts(articleId: number): Promise<ArticleFacts | null>;
  getArticle(id: number): Promise<ArticleRow | null>;
  listArticles(opts?: { limit?: number; offset?: number; outlet?: string; year?: number }): Promise<Page<ArticleRow>>;
  mentions(articleId: number): Promise<MentionRow[]>;
  events(filter?: FactFilter): Promise<EventRow[]>;
  people(filter?: FactFilter): Promise<PersonRow[]>;
  quotes(filter?: FactFilter & { text?: string }): Promise<QuoteRow[]>;
  chairmanships(filter?: FactFilter): Promise<ChairmanshipRow[]>;
  /** Full-text search over article texts and quotes. */
  search(query: string, opts?: { limit?: number; offset?: number }): Promise<Page<SearchHit>>;
  counts(): Promise<{ articles: number; events: number; people: number; quotes: number; chairmanships: number }>;
  /**
   * Near-duplicate candidates: articles sharing an LSH band with these (originals first, at most `limit`, default 20),
   * with what confirming them needs: stored shingles, or the text where none are stored.
   */
  copyCandidates(bands: string[], limit?: number): Promise<CopyCandidate[]>;
  /** Every article that is a near-duplicate copy or has copies, by id. */
  duplicateArticles(): Promise<ArticleRow[]>;
  /** The gzip-compressed page an article was extracted from, or null. */
  articleHtml(id: number): Promise<Uint8Array | null>;
}

/**
 * The whole store: the article layer and the knowledge layer (merged events, people, offices... see
 * knowledge-types.ts), sharing one connection. Adapters: sqlite/ (better-sqlite3), postgres/ (pg).
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Creates or migrates tables; safe to call on every open. */
  init(): Promise<void>;
  close(): Promise<void>;
  readonly articles: ArticleStore;
  readonly knowledge: KnowledgeStore;
}
