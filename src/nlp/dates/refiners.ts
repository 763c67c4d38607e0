import type { Refiner } from "chrono-node";

const WEEKDAY_ONLY = (r: { start: { isCertain(c: "day" | "month" | "year" | "weekday"): boolean } }) =>
  r.start.isCertain("weekday") && !r.start.isCertain("day") && !r.start.isCertain("month");

const DATE_WORD =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|yesterday|tomorrow|tonight|year|month|week|weekend)\b/i;

/** Drops what is not a calendar date: times alone ("at 10:00"), "now", bare day numbers. */
export const dropNonDates: Refiner = {
  refine: (context, results) =>
    results.filter((r) => {
      const s = r.start;
      if (/^\s*(?:right\s+)?now\s*$/i.test(r.text)) return false;
      // "earlier in the day", "over the past two years": no calendar word, or a duration rather than a date.
      if (!DATE_WORD.test(r.text)) return false;
      if (/\b(?:years|months|weeks|days|decades)\b/i.test(r.text) && !/\b(?:ago|later|earlier)\b/i.test(r.text)) return false;
      if (!s.isCertain("day") && !s.isCertain("month") && !s.isCertain("year") && !s.isCertain("weekday")) {
        return /\b(?:today|yesterday|tomorrow|tonight)\b/i.test(r.text);
      }
      // "May" the modal verb: chrono's month parser only takes it capitalized, but a sentence may start with it.
      if (/^\s*May\s*$/.test(r.text) && /^\s+(?:[a-z]|I\b)/.test(context.text.slice(r.index + r.text.length))) return false;
      return true;
    }),
};

/** "on Wednesday and Thursday", "Monday-Tuesday": two weekdays joined make one span. */
export const mergeWeekdayPairs: Refiner = {
  refine: (context, results) => {
    const out = [...results];
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i]!;
      const b = out[i + 1]!;
      if (!WEEKDAY_ONLY(a) || !WEEKDAY_ONLY(b) || a.end || b.end) continue;
      const gap = context.text.slice(a.index + a.text.length, b.index);
      if (!/^\s*(?:and|-|to|through|till|until)\s*$/i.test(gap)) continue;
      const text = context.text.slice(a.index, b.index + b.text.replace(/[\s,]+$/, "").length);
      const merged = context.createParsingResult(a.index, text, a.start, b.start);
      merged.addTag("refiner/weekday-pair");
      out.splice(i, 2, merged);
    }
    return out;
  },
};

/** "the November (2017) session": a year in brackets right after a month states that month's year. */
export const bracketYear: Refiner = {
  refine: (context, results) =>
    results.map((r) => {
      if (!r.start.isCertain("month") || r.start.isCertain("year")) return r;
      const text = r.text.replace(/\s+$/, "");
      const m = /^\s*\(((?:19|20)\d{2})\)/.exec(context.text.slice(r.index + text.length));
      if (!m) return r;
      const out = context.createParsingResult(r.index, text + m[0], r.start.clone().assign("year", Number(m[1])));
      out.addTags(r.start.tags()).addTag("refiner/bracket-year");
      return out;
    }),
};

/** Trailing spaces, commas or dashes ("Thursday,") and a leading "on" ("on 2 May") chrono keeps are not part of the date. */
export const trimText: Refiner = {
  refine: (_context, results) =>
    results.map((r) => {
      r.text = r.text.replace(/[\s,-]+$/, "");
      // chrono may glue a following number to a bare year as a time ("since 1997 10 posts"); the year is the date.
      if (r.start.tags().has("parser/year") && !r.end) r.text = r.text.slice(0, 4);
      const lead = /^on\s+/i.exec(r.text);
      if (lead && r.text.length > lead[0].length) {
        r.index += lead[0].length;
        r.text = r.text.slice(lead[0].length);
      }
      return r;
    }),
};

/** A result inside a longer one ("2017" in "November (2017)", after our refiners grew it) is part of it. */
export const dropContained: Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) => !results.some((o) => o !== r && o.index <= r.index && o.index + o.text.length >= r.index + r.text.length && o.text.length > r.text.length),
    ),
};
