import { findFullDates } from "./dates.ts";
import { parseDateline, type Dateline } from "./dateline.ts";
import { wordCount, type Line } from "./lines.ts";

/** The top of an article: where its body starts, its headline, its dateline, and the page furniture above them. */
export interface Header {
  /** Index (into lines) of the first body line; every line before it is header. */
  bodyStart: number;
  title: Line | null;
  dateline: { line: Line; parsed: Dateline } | null;
  /** Extra lines to blank, by index, with the reason (a "today" banner, menu entries above the headline). */
  blank: Map<number, string>;
}

/** How far down the header may reach: pages put a few menus, a date and a headline above the story, not more. */
const MAX_HEADER_LINES = 15;

/** Reads the header of `lines`, given which lines are already known boilerplate (`removed` by index). */
export function readHeader(lines: Line[], removed: Map<number, string>): Header {
  const content = lines.filter((l) => l.text && !removed.has(l.index));
  let bodyStart = lines.length;
  let dateline: Header["dateline"] = null;
  for (const [k, l] of content.entries()) {
    const parsed = parseDateline(l.raw);
    if (parsed) {
      dateline = { line: l, parsed };
      bodyStart = l.index;
      break;
    }
    if (k >= MAX_HEADER_LINES || isParagraph(l, lines[l.index + 1])) {
      // A photo caption may open the page above the dateline ("… (Xinhua/Photographer)" then "MOSCOW, June 8 (Xinhua) --").
      const next = k < 2 ? content[k + 1] : undefined;
      const after = next ? parseDateline(next.raw) : null;
      if (next && after) {
        dateline = { line: next, parsed: after };
        bodyStart = next.index;
        break;
      }
      bodyStart = l.index;
      break;
    }
  }
  const head = content.filter((l) => l.index < bodyStart);
  const title = head.find((l, k) => isTitle(l, lines[l.index + 1]) && !isDateLine(l) && !/^by\b/i.test(l.text) && k < 10) ?? null;
  const blank = new Map<number, string>();
  for (const l of head) {
    if (title && l.index >= title.index) break;
    if (isTodayBanner(l)) blank.set(l.index, "today banner");
    else if (title && isMenuEntry(l)) blank.set(l.index, "navigation");
  }
  return { bodyStart, title, dateline, blank };
}

/** A line of running text: long, or wrapped onto a next line that goes on in lower case. */
function isParagraph(l: Line, next: Line | undefined): boolean {
  const n = wordCount(l.text, 25);
  if (n >= 25 || (n >= 15 && /[.!?]["”»]?$/.test(l.text))) return true;
  return continues(next) && n >= 5;
}

/** The next line carries on the same sentence (lower case), unless it is a byline ("by May 24, 2018"). */
function continues(next: Line | undefined): boolean {
  return Boolean(next?.text && /^\p{Ll}/u.test(next.text) && !/^by\b/.test(next.text));
}

function isTitle(l: Line, next: Line | undefined): boolean {
  const n = wordCount(l.text, 31);
  if (n < 3 || n > 30 || !/\p{L}/u.test(l.text)) return false;
  return !continues(next); // a wrapped sentence, not a headline
}

/** A line that is a date (maybe with a time, a zone, a weekday or a word of furniture) and little else. */
export function isDateLine(l: Line): boolean {
  const d = findFullDates(l.text)[0];
  if (!d) return false;
  const rest = (l.text.slice(0, d.index) + " " + l.text.slice(d.index + d.length)).replace(/\d{1,2}:\d{2}(:\d{2})?/g, " ");
  // "March 11, 2020, Novo-Ogaryovo, Moscow Region": a date and the place it was filed from.
  const place = /^[\s,]*(?:\p{Lu}[\p{L}-]*[\s,]*){1,4}$/u.test(l.text.slice(d.index + d.length)) && d.index === 0;
  return wordCount(rest, 4) <= 3 || place;
}

/**
 * A publication stamp anywhere near the top or the end: a date line, or a date with its clock time and a few words
 * of furniture ("2010-06-11 08:18:39 GMT (Beijing Time) Xinhua English", "08:07 GMT 27.11.2025").
 */
export function isStampLine(l: Line): boolean {
  if (isDateLine(l) && !isTodayBanner(l)) return true;
  const d = findFullDates(l.text)[0];
  const timed = Boolean(d && (d.hasTime || /\d{1,2}:\d{2}\s*(?:[AP]M\s*)?(?:GMT|UTC|[A-Z]{2,4})?\s*$/.test(l.text.slice(0, d.index))));
  return timed && (l.text.match(/\p{L}+/gu) ?? []).length <= 8;
}

/** "Sunday, September 26th, 2021" above the headline: the day the page was viewed, not when the story appeared. */
export function isTodayBanner(l: Line): boolean {
  const d = findFullDates(l.text)[0];
  return Boolean(d && d.weekday && !d.hasTime && isDateLine(l));
}

/** One- or two-word entries of a site menu ("Politics", "All news"), above the headline. */
function isMenuEntry(l: Line): boolean {
  return wordCount(l.text) <= 2 && !/\d/.test(l.text) && !/[.!?]$/.test(l.text);
}
