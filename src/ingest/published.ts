import { findFullDates, type FoundDate } from "./dates.ts";
import { isDateLine, type Header } from "./header.ts";
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
    else if (LABEL.test(line.text) || (BYLINE.test(line.text) && wordCount(line.text) <= 14)) consider(line, 0);
    else if (UPDATED.test(line.text)) consider(line, 2);
    else if (isDateLine(line) && line.index < header.bodyStart) consider(line, 1);
  }
  // A "Published: ..." line may also close the article.
  for (const line of lines.slice(header.bodyStart + 1).filter((l) => l.text).slice(-5)) {
    if (LABEL.test(line.text) && !removed.has(line.index)) consider(line, 0);
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
