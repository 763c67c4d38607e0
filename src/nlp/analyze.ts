import { Doc } from "./doc.ts";
import { splitSentences } from "./sentences.ts";
import { gazetteerEntities } from "./entities/gazetteer.ts";
import { personEntities } from "./entities/persons.ts";
import { findDates } from "./dates/index.ts";
import { findQuotes } from "./quotes/index.ts";
import { definePipeline, runPipeline, type Component } from "./component.ts";
import type { DateMention, Entity, QuoteSpan, Sentence } from "./types.ts";

export interface AnalyzeOptions {
  /** The article's own date (ISO, full or partial): what relative dates resolve against. */
  refDate: string | null;
  /** refDate is implied by reference knowledge, not the article's own date (see DateOptions.implied). */
  implied?: boolean;
}

interface NlpState {
  text: string;
  options: AnalyzeOptions;
  sentences: Sentence[];
  ents: Entity[];
  dates: DateMention[];
  quotes: QuoteSpan[];
}

const byStart = <T extends { start: number }>(xs: T[]): T[] => xs.sort((a, b) => a.start - b.start);

const STAGES: Component<NlpState>[] = [
  { name: "sentences", requires: ["text"], assigns: ["sentences"], run: (s) => ({ sentences: splitSentences(s.text!) }) },
  {
    name: "entities", requires: ["text"], assigns: ["ents"],
    run: (s) => {
      const gaz = gazetteerEntities(s.text!);
      return { ents: byStart([...gaz, ...personEntities(s.text!, gaz)]) };
    },
  },
  { name: "dates", requires: ["text", "options"], assigns: ["dates"], run: (s) => ({ dates: byStart(findDates(s.text!, { refDate: s.options!.refDate, implied: s.options!.implied ?? false })) }) },
  // Quotes need PERSON entities for their speakers and sentences for their paragraphs.
  { name: "quotes", requires: ["text", "sentences", "ents"], assigns: ["quotes"], run: (s) => ({ quotes: findQuotes(docOf(s)) }) },
];

/** The nlp stages in their checked order. */
export const NLP_PIPELINE = definePipeline<NlpState>(["text", "options"], STAGES);

function docOf(s: Readonly<Partial<NlpState>>): Doc {
  const doc = new Doc(s.text!, s.options!.implied ? null : s.options!.refDate);
  doc.sentences = s.sentences ?? [];
  doc.ents = s.ents ?? [];
  doc.dates = s.dates ?? [];
  doc.quotes = s.quotes ?? [];
  return doc;
}

/** Sentences, entities, dates, then quotes: one Doc that owns the text and every annotation of it. */
export function analyzeText(text: string, opts: AnalyzeOptions): Doc {
  return docOf(runPipeline(NLP_PIPELINE, { text, options: opts }));
}

/**
 * The same analysis with dates resolved against another reference (an implied one, see extract/era): sentences,
 * entities and quotes do not depend on it, so only the dates are found again.
 */
export function withReference(doc: Doc, opts: AnalyzeOptions): Doc {
  const out = new Doc(doc.text, opts.implied ? null : opts.refDate);
  out.sentences = doc.sentences;
  out.ents = doc.ents;
  out.quotes = doc.quotes;
  out.dates = byStart(findDates(doc.text, { refDate: opts.refDate, implied: opts.implied ?? false }));
  return out;
}
