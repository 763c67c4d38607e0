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
