import type { DateMention } from "../types.ts";
import { anchorFor, anchorsOf } from "./anchors.ts";
import { dateParser, normalizeForParsing } from "./parser.ts";
import { parseIsoRef, referenceInstant } from "./reference.ts";
import { isRelative } from "./relative.ts";
import { toMention } from "./resolve.ts";

export interface DateOptions {
  /** The article's own date (ISO, full or partial), or null: then dates the text states are the reference. */
  refDate: string | null;
  /**
   * The refDate is not the article's date but one reference knowledge implies (extract/era): it gives years to
   * dates stated without one and to "this year", while "today" or "next week", which hang on the unknown writing
   * day, stay unresolved.
   */
  implied?: boolean;
}

// Without the article's date a first pass only reads what the text states; relative results are parsed again.
const PROVISIONAL = new Date(Date.UTC(2000, 6, 1, 12));

/**
 * Every date expression of the text, resolved. chrono (with our parsers and refiners) finds candidates; each is
 * resolved against the article's date, or, without one, against the dates the text itself states (anchors.ts).
 */
export function findDates(text: string, opts: DateOptions): DateMention[] {
  const norm = normalizeForParsing(text);
  const parsed = parseIsoRef(opts.refDate);
  const articleRef = parsed && opts.implied ? { ...parsed, source: "text" as const } : parsed;
  const results = dateParser.parse(norm, articleRef ? referenceInstant(articleRef) : PROVISIONAL);
  const anchors = articleRef ? [] : anchorsOf(norm, results);
  const out: DateMention[] = [];
  for (const r of results) {
    const span = { start: r.index, end: r.index + r.text.length };
    const ref = articleRef ?? anchorFor(norm, anchors, span);
    const relative = isRelative(r);
    let res = r;
    if (relative && ref && !articleRef) {
      const again = dateParser.parse(r.text, referenceInstant(ref))[0];
      if (!again || again.text !== r.text) continue;
      res = again;
    }
    const m = toMention(res, { ref, relative, text: norm, index: r.index });
    // Against an implied date only a year-wide relative ("this year", "next year") is safe: the article was written
    // near the session, but not on a known day.
    if (m && relative && opts.implied && m.value.length !== 4) continue;
    // A relative date can be no more precise than what it is counted from: "later in the week" from a bare year
    // stated in the text is no date at all.
    if (m && relative && ref && m.value.length > (ref.day !== null ? 10 : ref.month !== null ? 7 : 4)) continue;
    if (m) {
      m.text = text.slice(m.start, m.end);
      out.push(m);
    }
  }
  return out;
}
