import type { ArticleStore } from "../types.ts";
import type { SqlDb } from "./db.ts";
import * as articles from "./queries/articles.ts";
import { queryChairmanships } from "./queries/chairmanships.ts";
import * as copies from "./queries/copies.ts";
import { queryEvents } from "./queries/events.ts";
import { queryPeople, queryQuotes } from "./queries/people.ts";
import { saveArticle } from "./queries/save.ts";
import { search } from "./queries/search.ts";

/** Runs one store operation, turning a driver's failure into a StoreError that names the database. */
export type Guard = <T>(what: string, fn: () => Promise<T>) => Promise<T>;

/** The article store on any SQL database: the same queries for every adapter. */
export function sqlArticleStore(db: SqlDb, g: Guard): ArticleStore {
  return {
    hasArticle: (hash) => g("lookup", () => articles.hasArticle(db, hash)),
    saveArticle: (input, o) => g("save", () => saveArticle(db, input, o)),
    articleFacts: (id) => g("read", () => articles.articleFacts(db, id)),
    getArticle: (id) => g("read", () => articles.getArticle(db, id)),
    listArticles: (o = {}) => g("query", () => articles.listArticles(db, o)),
    mentions: (id) => g("query", () => articles.mentions(db, id)),
    events: (f = {}) => g("query", () => queryEvents(db, f)),
    people: (f = {}) => g("query", () => queryPeople(db, f)),
    quotes: (f = {}) => g("query", () => queryQuotes(db, f)),
    chairmanships: (f = {}) => g("query", () => queryChairmanships(db, f)),
    search: (q, o = {}) => g("search", () => search(db, q, o)),
    counts: () => g("count", () => articles.counts(db)),
    copyCandidates: (bands, limit) => g("query", () => copies.copyCandidates(db, bands, limit)),
    duplicateArticles: () => g("query", () => copies.duplicateArticles(db)),
    articleHtml: (id) => g("read", () => copies.articleHtml(db, id)),
  };
}
