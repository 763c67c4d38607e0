import type { DateMention, Entity, EntityLabel, QuoteSpan, Sentence, Span } from "./types.ts";
import { firstStartingAt } from "./sorted-spans.ts";

/**
 * One Doc owns the text; every annotation is a span with character offsets into it (end-exclusive).
 * The nlp stages (analyze.ts) fill the arrays, each sorted by start: sentences, entities, dates, quotes.
 */
export class Doc {
  readonly text: string;
  /** Reference date the article's relative expressions resolve against (its publication date), or null. */
  readonly refDate: string | null;
  sentences: Sentence[] = [];
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
    return within(this.ents, span).filter((e) => !label || e.label === label);
  }

  datesIn(span: Span): DateMention[] {
    return within(this.dates, span);
  }
}

/**
 * The items of a list sorted by start that lie inside a span: a binary search to the first that may, then a walk to
 * the span's end, so a lookup costs the items returned, not the whole list (long articles stay linear).
 */
function within<T extends Span>(sorted: readonly T[], span: Span): T[] {
  const lo = firstStartingAt(sorted, span.start);
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) if (sorted[i]!.end <= span.end) out.push(sorted[i]!);
  return out;
}
