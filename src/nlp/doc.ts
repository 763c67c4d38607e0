import type { DateMention, Entity, EntityLabel, QuoteSpan, Sentence, Span, Token } from "./types.ts";

/**
 * One Doc owns the text; every annotation is a span with character offsets into it (end-exclusive).
 * Stages fill the arrays in order: sentences and tokens, then entities, dates, quotes.
 */
export class Doc {
  readonly text: string;
  /** Reference date the article's relative expressions resolve against (its publication date), or null. */
  readonly refDate: string | null;
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  ents: Entity[] = [];
  dates: DateMention[] = [];
  quotes: QuoteSpan[] = [];

  constructor(text: string, refDate: string | null = null) {
    this.text = text;
    this.refDate = refDate;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The sentence containing the offset (binary search; sentences are sorted and disjoint). */
  sentenceAt(offset: number): Sentence | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  entsIn(span: Span, label?: EntityLabel): Entity[] {
    return this.ents.filter((e) => e.start >= span.start && e.end <= span.end && (!label || e.label === label));
  }

  datesIn(span: Span): DateMention[] {
    return this.dates.filter((d) => d.start >= span.start && d.end <= span.end);
  }

  tokensIn(span: Span): Token[] {
    return this.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  }
}
