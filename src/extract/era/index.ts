import type { Doc } from "../../nlp/doc.ts";
import { findDates } from "../../nlp/dates/index.ts";
import { addDays, daysApart } from "../../nlp/dates/partial.ts";
import type { ArticleFacts, EventFact } from "../types.ts";
import { sessionsOf, type Session } from "./sessions.ts";
import { inWindow, windowFromTerms, type Window } from "./terms.ts";

/** When an undated article was written, as far as reference knowledge can tell, and why. */
export interface Era {
  /** The date of the session the article reports. */
  date: string;
  /** What the article's dates stated without a year resolve against (relative ones stay unresolved). */
  reference: string;
  /** The known session the article reports, when that is what placed it. */
  session: Session | null;
  window: Window | null;
  rule: "era:session-calendar" | "era:exercise-year";
}

// Any full reference works here: only the month and day the sentence states are read.
const PROBE_REF = "2000-07-01";

/** Month-days ("09-15") or months ("09") stated in the sentences that name the event (not those referring back). */
function statedMonthDays(doc: Doc, ev: EventFact): string[] {
  const seen = new Set<number>();
  const sentences = ev.evidence.filter((e) => e.rule.endsWith(":mention") && !seen.has(e.sentence.start) && seen.add(e.sentence.start));
  return sentences.flatMap((e) => findDates(doc.text.slice(e.sentence.start, e.sentence.end), { refDate: PROBE_REF }))
    .filter((d) => d.stated.month && !d.stated.year && !d.relative)
    .map((d) => (d.stated.day ? d.value.slice(5, 10) : d.value.slice(5, 7)));
}

/**
 * For an article with no date: the one known session (data/sessions.json) that a held event of the article can be,
 * same organization, body and city, matching the month and day the text gives, inside the terms of office of the
 * people the article names (data/terms-of-office.json). Two candidates or none give nothing: a wrong year is worse
 * than none.
 */
export function inferEra(doc: Doc, facts: ArticleFacts): Era | null {
  const window = windowFromTerms(facts.people);
  for (const ev of facts.events) {
    if (ev.start !== null || !ev.org || !ev.city) continue;
    let found = sessionsOf(ev.org, ev.bodies, ev.city).filter((s) => inWindow(s.date, window));
    const stated = statedMonthDays(doc, ev);
    if (stated.length) found = found.filter((s) => stated.some((md) => sameDay(s.date, md)));
    else if (!window) continue;
    const session = found.length === 1 ? found[0]! : null;
    if (!session) continue;
    const reference = session.date;
    return { date: session.date, reference, session, window, rule: "era:session-calendar" };
  }
  // A named exercise carries its year ("Interaction-2024", "Rubezh 2019"), and its report is written that year.
  for (const ev of facts.events) {
    const year = ev.kind === "exercise" ? /(?:^|\D)((?:19|20)\d{2})$/.exec(ev.name ?? "")?.[1] : undefined;
    if (year && inWindow(`${year}-07-01`, window)) return { date: year, reference: year, session: null, window, rule: "era:exercise-year" };
  }
  return null;
}

/** Events that are the era's session and still have no date take the session's date, with the rule that gave it. */
export function dateFromEra(facts: ArticleFacts, era: Era): ArticleFacts {
  if (!era.session) return facts;
  const events = facts.events.map((ev) => {
    if (ev.start !== null || !ev.city) return ev;
    if (!sessionsOf(ev.org ?? "", ev.bodies, ev.city).some((s) => s.date === era.date)) return ev;
    const first = ev.evidence[0];
    const evidence = first ? [...ev.evidence, { ...first, rule: era.rule }] : ev.evidence;
    return { ...ev, start: era.date, evidence };
  });
  return { ...facts, events };
}

/** A session matches a stated month, or a stated day give or take one (summits run over two days). */
function sameDay(session: string, md: string): boolean {
  if (md.length === 2) return session.slice(5, 7) === md;
  const year = session.slice(0, 4);
  return daysApart(session, `${year}-${md}`) <= 1;
}

/**
 * Event dates whose year the text never states were resolved against the era: each gets the era's rule as evidence
 * for its value (the span stays the words that gave the day), so the implied year is never mistaken for a stated one.
 */
export function markImplied(doc: Doc, facts: ArticleFacts, era: Era): ArticleFacts {
  const events = facts.events.map((ev) => {
    const added = ev.evidence
      .filter((e) => (e.slot === "start" || e.slot === "end") && !e.rule.startsWith("era:"))
      .filter((e) => doc.dates.some((d) => d.start === e.start && d.end === e.end && !d.stated.year))
      .map((e) => ({ ...e, rule: era.rule }));
    return added.length ? { ...ev, evidence: [...ev.evidence, ...added] } : ev;
  });
  return { ...facts, events };
}

/**
 * A dated article's event with no date of its own ("chaired the 24th SCO summit in Astana") takes the date of the
 * one known session of its body in its city in the year before the article (data/sessions.json); one dated only by a
 * year or month, the one session in it. Marked as implied by the calendar.
 */
export function dateFromCalendar(facts: ArticleFacts, published: string | null): ArticleFacts {
  const from = published ? addDays(published.slice(0, 10), -366) : null;
  const events = facts.events.map((ev) => {
    if ((ev.start !== null && ev.start.length === 10) || (ev.start === null && !published) || !ev.org || !ev.city || ev.status !== "held") return ev;
    // A year or month the text states ("the Shanghai summit last year") narrows it to the session of that time.
    const found = sessionsOf(ev.org, ev.bodies, ev.city).filter((s) => (ev.start ? s.date.startsWith(ev.start) : s.date >= from! && s.date <= published!));
    const session = found.length === 1 ? found[0]! : null;
    const first = ev.evidence[0];
    if (!session || !first) return ev;
    return { ...ev, start: session.date, evidence: [...ev.evidence, { ...first, rule: "era:session-calendar", slot: "start", value: session.date }] };
  });
  return { ...facts, events };
}
