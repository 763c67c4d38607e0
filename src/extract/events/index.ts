import type { Doc } from "../../nlp/doc.ts";
import type { ChairmanshipFact, EventFact, PersonFact } from "../types.ts";
import { dominantOrg } from "../chairmanship/org.ts";
import { findMentions } from "./mentions.ts";
import { mergeMentions, type Draft } from "./merge.ts";
import { attachAnaphora, mainDrafts, sameDayDates, sideEventPlaces } from "./attach.ts";
import { signingEvents } from "./signing.ts";
import { fillSlots } from "./slots.ts";
import { nameYear } from "./exercise-name.ts";
import { datelineFallback } from "./dateline.ts";

export interface EventContext {
  /** People of the article (fullest names), to resolve chairs and attendees. */
  people: PersonFact[];
  /** The article's chairmanships, to tell who presided over a summit when the text does not say. */
  chairmanships: ChairmanshipFact[];
}

/**
 * Meetings, summits and exercises the article reports, merged within the article: event words with their
 * organization, bodies, date, place and status (mentions.ts), merged (merge.ts), "the meeting" sentences attached
 * to the article's main event (attach.ts), then chair, attendees, states and documents read from the sentences of
 * each event (slots.ts).
 */
export function extractEvents(doc: Doc, ctx: EventContext): EventFact[] {
  const mentions = findMentions(doc, dominantOrg(doc));
  const drafts = mergeMentions(mentions.filter((m) => !m.anaphoric));
  sameDayDates(doc, drafts);
  const merged = mergeMentions(drafts.flatMap((d) => d.mentions.map((m) => ({ ...m, start: m.start ?? d.start, city: m.city ?? d.city, country: m.country ?? d.country }))));
  datelineFallback(doc, merged);
  const events = merged.filter(isEvent);
  const main = mainDrafts(events);
  events.push(...attachAnaphora(mentions.filter((m) => m.anaphoric), main, events));
  sideEventPlaces(doc, events, main);
  const out = events.map((d) => fillSlots(doc, d, ctx.people, { isMain: main.meeting === d || main.exercise === d, chairs: ctx.chairmanships }));
  return [...out.map(yearFromName), ...signingEvents(doc)];
}

/**
 * Only what has a date or a place is an event; a body that is merely named is not. A named exercise
 * ("Interaction-2024") is one real event even when the text gives neither.
 */
const isEvent = (d: Draft): boolean => Boolean(d.start || d.city || d.country || d.remote || (d.kind === "exercise" && d.name));

/** An exercise's name states its year: a date resolved to another year ("Rubezh-2023 … on 26 September") takes it. */
function yearFromName(e: EventFact): EventFact {
  const y = e.kind === "exercise" ? nameYear(e.name) : null;
  if (!y) return e;
  // A named drill the text gives no date: its name's year ("Interaction-2024") is when it is held.
  const first = e.evidence[0];
  if (!e.start && first) return { ...e, start: y, evidence: [...e.evidence, { ...first, rule: "era:exercise-year", slot: "start", value: y }] };
  if (!e.start || e.start.startsWith(y)) return e;
  const move = (d: string | null) => (d && d.length > 4 ? y + d.slice(4) : d && y);
  const moved = { ...e, start: move(e.start), end: e.end && e.end.slice(0, 4) === e.start.slice(0, 4) ? move(e.end) : e.end };
  // The date's own evidence still stands for the day and month; the rule says the year came from the name.
  moved.evidence = e.evidence.map((ev) =>
    ev.slot === "start" || ev.slot === "end" ? { ...ev, value: (ev.slot === "start" ? moved.start : moved.end) ?? ev.value ?? "", rule: `${ev.rule}+name-year` } : ev,
  );
  return moved;
}
