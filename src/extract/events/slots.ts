import type { Doc } from "../../nlp/doc.ts";
import type { Sentence, Span } from "../../nlp/types.ts";
import { slotEvidence, type SlotNote } from "../evidence.ts";
import type { ChairmanshipFact, EventFact, Evidence, PersonFact } from "../types.ts";
import { chairByChairmanship } from "./chair-state.ts";
import { summitBodyOf } from "./org-bodies.ts";
import type { Draft } from "./merge.ts";
import { attendeesOf, chairOf, isAbsent } from "./participants.ts";
import { statesOf } from "./states.ts";
import { documentsSigned } from "./count.ts";
import { documentsOf } from "./documents.ts";
import { countryOfPerson, isLeader, personOf, personsIn } from "./people.ts";
import { findTriggers } from "./triggers.ts";
import { fold } from "../../data/load.ts";
import { prefixCompatible } from "../../nlp/dates/partial.ts";

// Sentences with no event word that still speak of the main event: who came, what was adopted.
const ABOUT_MAIN = /\b(?:attended by|with the participation of|took part|take part|participated|also attend\w*|arrived|hosted|adopted|approved|signed|adoption of)\b/i;

export interface SlotOptions {
  /** The article's main event of its kind also takes sentences without event words. */
  isMain: boolean;
  /** The article's chairmanships, to tell who presided over a summit when the text does not say. */
  chairs: ChairmanshipFact[];
}

/** The event's slots read from its sentences (those of its mentions, plus unclaimed ones for the main event). */
export function fillSlots(doc: Doc, d: Draft, people: PersonFact[], opts: SlotOptions): EventFact {
  const sentences = sentencesOf(doc, d, opts.isMain);
  const summit = d.bodies.some((b) => b === summitBodyOf(d.org));
  const slots: Evidence[] = [];
  const note: SlotNote = (slot, value, span, rule) => void slots.push(slotEvidence(doc, slot, value, span, rule));
  const attendees = attendeesOf(doc, sentences, people, note);
  if (summit && d.status === "held" && opts.isMain) {
    for (const l of leadersAround(doc, sentences, people)) {
      if (attendees.includes(l.name)) continue;
      attendees.push(l.name);
      note("attendee", l.name, l.span, "attendee:leader-at-summit");
    }
  }
  let chair = chairOf(doc, sentences, people, note);
  if (!chair && summit) {
    chair = chairByChairmanship({ ...d, chairs: opts.chairs, people, attendees });
    const c = chair ? opts.chairs.find((x) => x.org === d.org) : undefined;
    if (chair && c?.evidence[0]) note("chair", chair, c.evidence[0], "chair:by-chairmanship");
  }
  if (chair && !attendees.some((a) => fold(a) === fold(chair))) {
    attendees.unshift(chair);
    const ev = slots.find((e) => e.slot === "chair");
    if (ev) note("attendee", chair, ev, "attendee:chair");
  }
  const states = unique([...statesOf(doc, sentences, d.kind, note), ...attendeeStates(doc, people, attendees, note)]);
  // A drill adopts nothing on its own: only its own sentences may name documents, never the article's meeting's.
  const own = new Set(d.mentions.filter((m) => !m.anaphoric).map((m) => m.sentence.index));
  const docSentences = d.kind === "exercise" ? sentences.filter((s) => own.has(s.index)) : sentences;
  const documents_signed = documentsSigned(doc, docSentences, note);
  const documents = documentsOf(doc, docSentences, note);
  const fact: EventFact = {
    kind: d.kind,
    status: d.status,
    org: d.org,
    bodies: d.kind === "exercise" ? [] : d.bodies,
    name: d.kind === "exercise" ? d.name : null,
    start: d.start,
    end: d.end && d.end !== d.start ? d.end : null,
    city: d.remote ? null : d.city,
    country: d.remote ? null : d.country,
    chair,
    attendees,
    states,
    documents_signed,
    documents,
    evidence: d.mentions.map((m) => m.evidence),
  };
  fact.evidence.push(...valueEvidence(fact, [...d.mentions.flatMap((m) => m.slots), ...slots]));
  return fact;
}

/** The evidence of each value the event keeps, once per value (the first that states it). */
function valueEvidence(e: EventFact, found: Evidence[]): Evidence[] {
  const kept: Record<string, (string | number | null)[]> = {
    start: [e.start], end: [e.end], city: [e.city], country: [e.country], chair: [e.chair],
    attendee: e.attendees, state: e.states, document: e.documents, documents_signed: [e.documents_signed],
  };
  const out: Evidence[] = [];
  for (const ev of found) {
    const values = kept[ev.slot ?? ""]?.map((v) => (v === null ? null : String(v)));
    if (values?.includes(ev.value ?? null) && !out.some((o) => o.slot === ev.slot && o.value === ev.value)) out.push(ev);
  }
  return out;
}

function sentencesOf(doc: Doc, d: Draft, isMain: boolean): Sentence[] {
  const own = new Set(d.mentions.map((m) => m.sentence.index));
  if (isMain) {
    for (const s of doc.sentences) {
      if (own.has(s.index) || findTriggers(doc.slice(s)).length || !ABOUT_MAIN.test(doc.slice(s))) continue;
      // A sentence dated otherwise ("the Treaty was signed on May 15, 1992") is about something else.
      if (doc.datesIn(s).some((x) => !x.relative && x.stated.year && x.stated.day && !(d.start !== null && prefixCompatible(x.value, d.start)))) continue;
      own.add(s.index);
    }
  }
  return doc.sentences.filter((s) => own.has(s.index));
}

/** Leaders of states who speak in the paragraphs that report a held summit took part in it. */
function leadersAround(doc: Doc, sentences: Sentence[], people: PersonFact[]): { name: string; span: Span }[] {
  const paragraphs = new Set(sentences.map((s) => s.paragraph));
  const out: { name: string; span: Span }[] = [];
  for (const s of doc.sentences) {
    if (!paragraphs.has(s.paragraph)) continue;
    for (const e of personsIn(doc, s)) {
      const p = personOf(people, e);
      if (p && isLeader(p) && !isAbsent(doc, e) && !out.some((x) => x.name === p.name)) out.push({ name: p.name, span: e });
    }
  }
  return out;
}

/** States of the attendees, when they come from more than one country (a delegation list, not a host). */
function attendeeStates(doc: Doc, people: PersonFact[], attendees: string[], note: SlotNote): string[] {
  const out: { c: string; span: Span }[] = [];
  for (const a of attendees) {
    const e = doc.ents.find((x) => x.label === "PERSON" && fold(x.norm) === fold(a));
    const c = e ? countryOfPerson(doc, people, e) : null;
    if (c && e && !out.some((x) => x.c === c)) out.push({ c, span: e });
  }
  if (out.length < 2) return [];
  for (const x of out) note("state", x.c, x.span, "state:attendee-country");
  return out.map((x) => x.c);
}

const unique = (xs: string[]): string[] => [...new Set(xs)];
