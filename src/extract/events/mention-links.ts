import { addDays } from "../../nlp/dates/partial.ts";
import type { Doc } from "../../nlp/doc.ts";
import type { Mention } from "./types.ts";
import { exerciseNames } from "./exercise-name.ts";
import { summitBodyOf } from "./org-bodies.ts";
import { findCity } from "../../data/places.ts";

// Links between the mentions of one sentence or of neighbouring ones: split lists, shared dates and places.

/** "exercises Interaction-2023, Search-2023 and Echelon-2023": one exercise per name. */
export function splitNames(m: Mention, text: string): Mention[] {
  const names = exerciseNames(text);
  return names.length < 2 ? [m] : names.map((name) => ({ ...m, name, anaphoric: false }));
}

/** "previous sessions in Minsk (June, 2017) and Yerevan (June, 2016)": one event per place with its date. */
export function splitPlural(doc: Doc, m: Mention): Mention[] {
  if (!/s$/i.test(doc.slice(m.trigger)) || m.anaphoric) return [m];
  const pairs: { city: string; country: string | null; date: string; end: string | null }[] = [];
  for (const c of doc.entsIn({ start: m.trigger.end, end: m.sentence.end }, "CITY")) {
    const d = doc.dates.find((x) => x.start >= c.end && x.start - c.end <= 25 && !/[.;]/.test(doc.text.slice(c.end, x.start)));
    if (d) pairs.push({ city: c.norm, country: findCity(c.norm)?.country ?? null, date: d.value, end: d.endValue });
  }
  if (pairs.length < 2) return [m];
  return pairs.map((p) => ({ ...m, city: p.city, country: p.country, start: p.date, end: p.end }));
}

const EVE = /\bon the eve\b/i;

/** "A meeting of the ministers will be held on the eve": the place of the event just named, the day before. */
export function onTheEve(doc: Doc, ms: Mention[]): void {
  ms.forEach((m, i) => {
    if (m.anaphoric || m.start || m.city || m.country || !EVE.test(doc.slice(m.sentence))) return;
    const donor = ms.slice(0, i).reverse().find((o) => !o.anaphoric && o.status === m.status && (o.city || o.start) && m.sentence.index - o.sentence.index <= 3);
    if (!donor) return;
    m.city = donor.city;
    m.country = donor.country;
    m.start = donor.start && donor.start.length === 10 ? dayBefore(donor.start) : null;
  });
}

function dayBefore(iso: string): string {
  return addDays(iso, -1);
}

/** "the next meeting of the ministers and the summit": a summit conjoined to an event is a second event like it. */
export function conjoinedSummits(doc: Doc, ms: Mention[]): void {
  for (const m of ms) {
    if (!m.anaphoric || !m.summit) continue;
    const donor = ms.find((o) => !o.anaphoric && o.kind === "meeting" && o.trigger.end <= m.trigger.start);
    const sb = summitBodyOf(donor?.org ?? null);
    if (!donor || !sb || !/\band\s+(?:the\s+)?$/i.test(doc.text.slice(m.trigger.start - 12, m.trigger.start))) continue;
    Object.assign(m, { anaphoric: false, org: donor.org, bodies: [sb], other: donor.other, status: donor.status });
  }
}

// "on November 22, the day before the summit": the summit is the next day, at the same place.
const DAY_BEFORE = /\b(?:the\s+day\s+before|on\s+the\s+eve\s+of)\s+(?:the\s+)?(?:[\p{Lu}\w'’-]+\s+){0,4}$/iu;
// "ahead of the summit", "after the session": a relation in time, not the same time.
const OTHER_TIME = /\b(?:ahead\s+of|before|after|following|prior\s+to|preceding)\s+(?:the\s+)?(?:[\p{Lu}\w'’-]+\s+){0,4}$/iu;

/** "The next meeting of the CFM and the summit will be in 2019 in Kyrgyzstan": conjoined events share when and where. */
export function shareWithinSentence(doc: Doc, ms: Mention[]): void {
  for (const m of ms) {
    if (m.anaphoric || m.start || m.city || m.country) continue;
    // Another organization's event in the same sentence ("… the CIS summit - he will attend the UN General Assembly
    // from September 29") lends nothing.
    const sameOrg = (o: Mention) => !o.org || !m.org || o.org === m.org;
    const donor = ms.find((o) => o !== m && !o.anaphoric && o.kind === m.kind && o.status === m.status && sameOrg(o) && (o.start || o.city || o.country));
    if (!donor) continue;
    const lead = doc.text.slice(Math.max(m.sentence.start, m.trigger.start - 60), m.trigger.start);
    const dayBefore = DAY_BEFORE.test(lead);
    m.city = donor.city;
    m.country = donor.country;
    if (dayBefore) m.start = donor.start && donor.start.length === 10 ? dayAfter(donor.start) : null;
    else if (!OTHER_TIME.test(lead)) {
      m.start = donor.start;
      m.end = donor.end;
    }
  }
}

function dayAfter(iso: string): string {
  return addDays(iso, 1);
}
