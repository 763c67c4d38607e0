import { findFullDates, type FoundDate } from "./dates.ts";
import { isDateLine, isStampLine, type Header } from "./header.ts";
import { wordCount, type Line } from "./lines.ts";

export interface Published {
  iso: string;
  span: { start: number; end: number };
}

// Stronger evidence first: a labelled or bylined date, then a date standing alone in the header or inside the dateline,
// and only as a last resort an "updated" stamp (it tells when the page changed, not when the story appeared).
const LABEL = /^(published|posted|date|release date|publication date|issued)\b\s*(on|at)?\s*[:：]?/i;
const BYLINE = /^by\b/i;
const UPDATED = /^(last )?(update|updated|modified)\b/i;
/** How many lines below the header a stamp line may stand. */
const STAMP_LINES = 25;
const CREDIT_WITH_DATE = /^\(\p{Lu}[\p{L}\-. ]{1,40}\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}),?\s+(?:19|20)\d{2}\)$/u;
const isCreditWithDate = (s: string): boolean => CREDIT_WITH_DATE.test(s);

/** "9 Jul 04" alone on a line: a stamp with a two-digit year (00–39 are this century). */
function shortYearDate(s: string): FoundDate | null {
  const m = /^(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{2})$/i.exec(s);
  if (!m) return null;
  const yy = Number(m[3]);
  const iso = findFullDates(`${m[1]} ${m[2]} ${yy < 40 ? 2000 + yy : 1900 + yy}`)[0]?.iso;
  return iso ? { iso, index: 0, length: s.length, hasTime: false, weekday: false } : null;
}

/**
 * The publication date the text itself states, in full with its year: a header or byline date, or the year-bearing
 * date of a dateline. Never a "today" banner (already blanked by the header reader), never a year-less dateline.
 */
export function findPublished(lines: Line[], header: Header, removed: Map<number, string>): Published | null {
  const found: { rank: number; line: Line; date: FoundDate }[] = [];
  const consider = (line: Line, rank: number, within?: number) => {
    const date = findFullDates(within === undefined ? line.text : line.raw.slice(0, within))[0];
    if (date) found.push({ rank, line, date });
  };
  for (const line of lines.slice(0, header.bodyStart + 1)) {
    if (!line.text || header.blank.get(line.index) === "today banner") continue;
    if (header.dateline?.line === line) consider(line, 1, header.dateline.parsed.end);
    else if (LABEL.test(line.text) || (BYLINE.test(line.text) && wordCount(line.text, 15) <= 14)) consider(line, 0);
    else if (UPDATED.test(line.text)) consider(line, 2);
    else if ((isDateLine(line) || isStampLine(line)) && line.index < header.bodyStart) consider(line, 1);
  }
  // A "Published: ..." line may also close the article.
  const tail = lines.slice(header.bodyStart + 1).filter((l) => l.text).slice(-5);
  for (const line of tail) {
    if (LABEL.test(line.text) && !removed.has(line.index)) consider(line, 0);
  }
  // A stamp line below the header (pages put the date under the lead or after the story), or a credit closing the
  // story with its date ("(Xinhua News Agency November 29, 2006)"): weaker than a header date.
  const near = lines.slice(header.bodyStart + 1).filter((l) => l.text).slice(0, STAMP_LINES);
  for (const line of new Set([...near, ...tail])) {
    if (isStampLine(line) || isCreditWithDate(line.text)) consider(line, 1.5);
  }
  // "OREANDA-NEWS. February 22, 2008. President …": a wire's name and the full date open the story.
  for (const line of lines.filter((l) => l.text).slice(0, 3)) {
    const m = /^\p{Lu}[\p{Lu}\d]+(?:-\p{Lu}[\p{Lu}\d]+)*[.,]\s+/u.exec(line.text);
    if (m) consider(line, 1, line.raw.indexOf(line.text) + m[0].length + 24);
  }
  for (const line of lines.slice(0, header.bodyStart + STAMP_LINES)) {
    const short = shortYearDate(line.text);
    if (short) found.push({ rank: 1.6, line, date: short });
  }
  found.sort((a, b) => a.rank - b.rank || a.line.index - b.line.index);
  const best = found[0];
  if (!best) return null;
  const offset = best.line.raw.indexOf(best.line.text) + best.date.index;
  const dateOnRaw = header.dateline?.line === best.line ? best.date.index : offset;
  return { iso: best.date.iso, span: { start: best.line.start + dateOnRaw, end: best.line.start + dateOnRaw + best.date.length } };
}

/** A container's date ("2018-05-24T10:00:00Z", "24 May 2018") as an ISO date, or null when it is not one. */
export function normalizeGivenDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (iso) return findFullDates(iso[0])[0]?.iso ?? null;
  return findFullDates(s)[0]?.iso ?? null;
}
