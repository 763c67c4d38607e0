import * as chrono from "chrono-node";
import { caseless } from "./caseless.ts";
import { dayRangeOfMonthParser, isoMonthParser, yearParser } from "./custom-parsers.ts";
import { bracketYear, dropContained, dropNonDates, mergeWeekdayPairs, trimText } from "./refiners.ts";

/** chrono's casual English parser, taught bare years, partial ISO dates and a few spans, with our refiners last. */
function buildParser(): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.map((p) => (/TimeUnit(?:Ago|Later)FormatParser$/.test(p.constructor.name) ? quickToCompile(p) : p));
  c.parsers.push(yearParser, isoMonthParser, dayRangeOfMonthParser);
  c.refiners = c.refiners.map((r) => (/UnlikelyFormatFilter$/.test(r.constructor.name) ? letThrough(r) : /EndOfPeriodRefiner$/.test(r.constructor.name) ? windowed(r) : r));
  c.refiners.push(trimText, dropNonDates, bracketYear, mergeWeekdayPairs, dropContained);
  return c;
}

/**
 * "three days ago", "two weeks later": these parsers' patterns are the largest case-insensitive ones, and V8 spends
 * over 100 ms compiling each to native code on its second use, most of a one-file command's start. The same pattern
 * written case-sensitively (caseless.ts, same matches) compiles in a fraction of that but runs slower, so it serves
 * the first articles of a process only, and the original takes over for a long run.
 */
const QUICK_USES = 25;
function quickToCompile(parser: chrono.Parser): chrono.Parser {
  let quick: RegExp | null = null;
  let uses = 0;
  return {
    pattern: (context) => (uses++ < QUICK_USES ? (quick ??= caseless(parser.pattern(context))) : parser.pattern(context)),
    extract: (context, match) => parser.extract(context, match),
  };
}

// The month "May" after one of these words is the month, not the verb ("since May", "by early May", "next May").
const MAY_BEFORE = /\b(?:since|until|till|by|last|next|early|late|mid|from|this|of|during|before|after|through|in)[\s-]+$/i;

/**
 * chrono's unlikely-format filters drop every all-digit match (our bare years are all digits by design) and the
 * month "May" unless "in" precedes it; both pass here when they are ours or clearly the month.
 */
function letThrough(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const ours = (r: chrono.ParsingResult) =>
        r.start.tags().has("parser/year") ||
        (/^May$/.test(r.text.trim()) && MAY_BEFORE.test(context.text.slice(Math.max(0, r.index - 20), r.index)));
      const kept = new Set([...results.filter(ours), ...filter.refine(context, results.filter((r) => !ours(r)))]);
      return results.filter((r) => kept.has(r));
    },
  };
}

/**
 * chrono's end-of-period refiner matches "end of the" against the whole text before each result, which makes a long
 * article quadratic; it only ever needs the words right before the result, so it is shown a window of them.
 */
function windowed(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      for (const r of results) {
        const offset = Math.max(0, r.index - 60);
        const view = Object.create(context, { text: { value: context.text.slice(offset) } }) as typeof context;
        r.index -= offset;
        try {
          refiner.refine(view, [r]);
        } finally {
          r.index += offset;
        }
      }
      return results;
    },
  };
}

export const dateParser = buildParser();

/** Dashes of every kind become "-" (same length, so offsets hold): chrono only reads ASCII ranges. */
export function normalizeForParsing(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\u00a0/g, " ");
}
