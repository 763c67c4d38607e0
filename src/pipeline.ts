import type { Article, RawArticle } from "./ingest/types.ts";
import type { Knowledge } from "./data/kinds.ts";
import { withKnowledge } from "./data/current.ts";
import { gzipSync } from "node:zlib";
import { prepareArticle } from "./ingest/prepare.ts";
import type { ArticleFacts } from "./extract/types.ts";
import type { MentionInput, MentionKind, SaveArticleInput } from "./store/types.ts";
import type { Doc } from "./nlp/doc.ts";
import { analyzeText, withReference } from "./nlp/analyze.ts";
import { extractFacts } from "./extract/index.ts";
import { dateFromCalendar, dateFromEra, inferEra, markImplied, type Era } from "./extract/era/index.ts";

export interface Processed {
  article: Article;
  doc: Doc;
  /** For an undated article, when reference knowledge places it (see extract/era). */
  era: Era | null;
  facts: ArticleFacts;
  mentions: MentionInput[];
  /** Ready for store.articles.saveArticle. */
  save: SaveArticleInput;
}

export interface ProcessOptions {
  /** The knowledge bundle to extract with (default: the process's, see data/current.ts). */
  knowledge?: Knowledge;
}

/** Raw article → cleaned article, annotated Doc, facts with evidence, mentions, and the record to store. */
export function processArticle(raw: RawArticle, opts: ProcessOptions = {}): Processed {
  return opts.knowledge ? withKnowledge(opts.knowledge, () => process(raw)) : process(raw);
}

function process(raw: RawArticle): Processed {
  const article = prepareArticle(raw);
  let doc = analyzeText(article.text, { refDate: article.meta.published });
  let facts = extractFacts({ id: article.id, doc, meta: article.meta });
  let era: Era | null = null;
  if (article.meta.published?.length === 10) facts = dateFromCalendar(facts, article.meta.published);
  if (!article.meta.published) {
    // An undated article: reference knowledge may tell which session it reports; its dates then resolve against
    // that session's date (as implied, never as stated), and `published` stays unknown.
    era = inferEra(doc, facts);
    if (era) {
      doc = withReference(doc, { refDate: era.reference, implied: true });
      facts = markImplied(doc, dateFromEra(extractFacts({ id: article.id, doc, meta: article.meta }), era), era);
    }
    facts = dateFromCalendar(facts, null);
  }
  const mentions = mentionsOf(doc, facts);
  return {
    article, doc, era, facts, mentions,
    save: {
      article: {
        hash: article.hash, slug: article.id, source: article.source, url: article.url, title: article.meta.title,
        published: facts.published, outlet: facts.outlet, dateline: facts.dateline, text: article.original,
        htmlGz: raw.html ? gzipSync(raw.html) : null,
      },
      facts,
      mentions,
    },
  };
}

const KIND: Record<string, MentionKind> = {
  PERSON: "person", COUNTRY: "place", CITY: "place", REGION: "place", DEMONYM: "place", ORG: "org", BODY: "body", TITLE: "title",
};

function mentionsOf(doc: Doc, facts: ArticleFacts): MentionInput[] {
  const out: MentionInput[] = doc.ents.map((e) => ({ kind: KIND[e.label] ?? "org", start: e.start, end: e.end, text: e.text, norm: e.norm }));
  for (const d of doc.dates) out.push({ kind: "date", start: d.start, end: d.end, text: d.text, norm: d.value });
  // The speaker as extraction resolved it (the Doc keeps only what the attribution cue named).
  const speakerAt = new Map(facts.quotes.map((q) => [q.evidence[0]?.start, q.speaker]));
  for (const q of doc.quotes) out.push({ kind: "quote", start: q.start, end: q.end, text: q.text.slice(0, 200), norm: speakerAt.get(q.start) ?? null });
  return out.sort((a, b) => a.start - b.start);
}
