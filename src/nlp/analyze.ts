import { Doc } from "./doc.ts";
import { splitSentences } from "./sentences.ts";
import { tokenize } from "./tokenize.ts";
import { gazetteerEntities } from "./entities/gazetteer.ts";
import { personEntities } from "./entities/persons.ts";
import { findDates } from "./dates/index.ts";
import { findQuotes } from "./quotes/index.ts";

export interface AnalyzeOptions {
  /** The article's own date (ISO, full or partial): what relative dates resolve against. */
  refDate: string | null;
  /** refDate is implied by reference knowledge, not the article's own date (see DateOptions.implied). */
  implied?: boolean;
}

/** Sentences, tokens, entities, dates, then quotes (which need PERSON entities for their speakers). */
export function analyzeText(text: string, opts: AnalyzeOptions): Doc {
  const doc = new Doc(text, opts.implied ? null : opts.refDate);
  doc.sentences = splitSentences(text);
  doc.tokens = tokenize(text);
  const gaz = gazetteerEntities(text);
  const persons = personEntities(text, gaz);
  doc.ents = [...gaz, ...persons].sort((a, b) => a.start - b.start);
  doc.dates = findDates(text, { refDate: opts.refDate, implied: opts.implied ?? false });
  doc.quotes = findQuotes(doc);
  return doc;
}

/**
 * The same analysis with dates resolved against another reference (an implied one, see extract/era): sentences,
 * tokens, entities and quotes do not depend on it, so only the dates are found again.
 */
export function withReference(doc: Doc, opts: AnalyzeOptions): Doc {
  const out = new Doc(doc.text, opts.implied ? null : opts.refDate);
  out.sentences = doc.sentences;
  out.tokens = doc.tokens;
  out.ents = doc.ents;
  out.quotes = doc.quotes;
  out.dates = findDates(doc.text, { refDate: opts.refDate, implied: opts.implied ?? false });
  return out;
}
