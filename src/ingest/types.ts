/** What a reader yields: one article's raw text and whatever metadata its container gave. */
export interface RawArticle {
  /** Stable id: the file name without extension, or for JSON Lines `<file>-<line>` unless the record names one. */
  id: string;
  /** Where it came from, for error messages and provenance: a path, or `path:line` for JSON Lines. */
  source: string;
  text: string;
  url?: string | null;
  /** ISO date given by the container (JSON Lines `published`); the text's own header wins only when this is absent. */
  published?: string | null;
  outlet?: string | null;
  /** The headline the container gives (a page's JSON-LD or Open Graph title, a feed item's title). */
  title?: string | null;
  /** The byline: who wrote the article (never taken for a person of the story). */
  author?: string | null;
  /** The language the container declares ("en", "ru", "en-GB"); the text's own language is detected regardless. */
  language?: string | null;
  /** The page the text was extracted from, when it came as HTML: kept (compressed) beside the text for audit. */
  html?: string | null;
}

/** Article metadata read from the text itself (header, byline, dateline, credits). */
export interface ArticleMeta {
  /** ISO date (full), only when the text states it with a year; never a page's "today" banner. */
  published: string | null;
  outlet: string | null;
  /** City of the dateline, canonical English name ("Astana"). */
  dateline: string | null;
  title: string | null;
  /** Evidence spans (offsets into the original text) for each field found. */
  spans: Partial<Record<"published" | "outlet" | "dateline" | "title", { start: number; end: number }>>;
}

/**
 * A cleaned article. `text` has exactly the length of `original`: boilerplate lines (navigation, calls to action,
 * repeated captions) are blanked with spaces, newlines kept, so every offset into `text` is an offset into
 * `original` and evidence always points back to the source as it was.
 */
export interface Article {
  id: string;
  source: string;
  original: string;
  text: string;
  /** Ranges of `original` blanked by cleaning, with the reason (for display and debugging). */
  removed: { start: number; end: number; reason: string }[];
  url: string | null;
  meta: ArticleMeta;
  /** sha256 hex of `original`: the idempotency key. */
  hash: string;
}
