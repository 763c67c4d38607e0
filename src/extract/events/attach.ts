import { slotEvidence } from "../evidence.ts";
import type { Doc } from "../../nlp/doc.ts";
import type { Span } from "../../nlp/types.ts";
import { addDays } from "../../nlp/dates/partial.ts";
import { findCity } from "../../data/places.ts";
import type { Mention } from "./types.ts";
import { absorb, compatible, draftOf, type Draft } from "./merge.ts";
import { summitBodyOf } from "./org-bodies.ts";

export interface MainDrafts {
  meeting: Draft | null;
  exercise: Draft | null;
}

/** The event each kind of article is about: its first held event, else its first one. */
export function mainDrafts(drafts: Draft[]): MainDrafts {
  const pick = (kind: Draft["kind"]) => {
    const own = drafts.filter((d) => d.kind === kind && !d.other);
    return own.find((d) => d.status === "held") ?? own[0] ?? null;
  };
  return { meeting: pick("meeting"), exercise: pick("exercise") };
}

/**
 * "the meeting", "the drills": sentences that refer back to the main event add to it, and fill a missing date.
 * "The previous meeting of the council took place in Minsk on ...": another event of the same body, returned as a
 * new draft when it has a date or place of its own.
 */
export function attachAnaphora(anaphora: Mention[], main: MainDrafts, drafts: Draft[] = []): Draft[] {
  const others: Draft[] = [];
  for (const m of anaphora) {
    const d = recentMatch(m, drafts) ?? (m.kind === "meeting" ? main.meeting : main.exercise);
    if (!d) continue;
    // "The previous meeting ... in Minsk", or "the summit in Minsk" when the article's event is elsewhere: another event.
    const elsewhere = Boolean(m.city && d.city && m.city !== d.city);
    // "the next summit in Moscow" in an article announcing the Moscow summit is that summit.
    const announced = m.other && !elsewhere && m.status === "planned" && d.status === "planned" && (!m.start || m.start === d.start);
    if ((m.other || elsewhere) && !announced) {
      if ((m.start || m.city) && (m.start !== d.start || m.city !== d.city)) {
        const sb = m.summit ? summitBodyOf(d.org) : null;
        const bodies = m.summit ? (sb ? [sb] : []) : [...d.bodies];
        const next = { ...draftOf(m), org: d.org, bodies, other: true };
        // "At the summit in the Belarusian capital …", "The Minsk meeting was attended …": one other event, not two.
        const same = others.find((o) => next.mentions.every((x) => compatible(o, { ...x, org: d.org, bodies, other: true })));
        if (same) absorb(same, { ...m, org: d.org, bodies, other: true });
        else others.push(next);
      }
      continue;
    }
    d.mentions.push(m);
    // "the summit" said of a meeting named without its body: the organization's summit body.
    const sb = m.summit && !d.bodies.length ? summitBodyOf(d.org) : null;
    if (sb) d.bodies.push(sb);
    // A date the draft took from the dateline only gives way to one the text states for the event.
    const weak = d.mentions.some((x) => x.slots.some((e) => e.slot === "start" && e.rule === "date:dateline-line" && e.value === d.start));
    const finer = m.start && (!d.start || (m.start.startsWith(d.start) && m.start.length > d.start.length) || (weak && m.start.length >= 7));
    if (finer && (m.status === d.status || d.kind === "exercise")) {
      d.start = m.start;
      d.end = m.end;
    }
    if (d.kind === "exercise" && !d.end && m.end && m.end > (d.start ?? "")) d.end = m.end;
    if (!d.city && !d.remote && m.city) {
      d.city = m.city;
      d.country = m.country;
    }
    if (m.remote && !d.city) d.remote = true;
  }
  return others;
}

/**
 * "Lavrov will take part in the meeting" right after a planned meeting was named: a tense that points to the event
 * just mentioned (within two sentences) rather than to the article's main one.
 */
function recentMatch(m: Mention, drafts: Draft[]): Draft | null {
  if (!m.statusStated) return null;
  let best: { d: Draft; at: number } | null = null;
  for (const d of drafts) {
    if (d.kind !== m.kind) continue;
    for (const x of d.mentions) {
      const at = x.sentence.index;
      if (x.anaphoric || at > m.sentence.index || m.sentence.index - at > 2) continue;
      if (!best || at > best.at || (at === best.at && x.trigger.start > (best.d.mentions[0]?.trigger.start ?? 0))) best = { d, at };
    }
  }
  return best && best.d.status === m.status ? best.d : null;
}

const SAME_DAY = /\b(?:earlier|later) (?:in the|that) day\b|\bthe same day\b/i;
const DAY_BEFORE = /\b(?:a|one) day (?:earlier|before)\b|\bthe (?:day|evening) before\b|\bthe previous day\b/i;
const DAY_AFTER = /\b(?:a|one) day later\b|\bthe (?:next|following) day\b/i;

/**
 * "Earlier in the day, a joint meeting ... was held", "A day earlier, the ministers met": the date of the day's first
 * dated event, shifted as the words say, and its place when none is given.
 */
export function sameDayDates(doc: Doc, drafts: Draft[]): void {
  const dated = drafts.find((d) => d.start && d.start.length === 10);
  if (!dated?.start) return;
  for (const d of drafts) {
    if (d === dated || d.start) continue;
    const text = d.mentions.map((m) => doc.slice(m.sentence)).join(" ");
    const shift = SAME_DAY.test(text) ? 0 : DAY_BEFORE.test(text) ? -1 : DAY_AFTER.test(text) ? 1 : null;
    if (shift === null) continue;
    d.start = addDays(dated.start, shift);
    const cue = cueIn(doc, d, [SAME_DAY, DAY_BEFORE, DAY_AFTER][shift === 0 ? 0 : shift < 0 ? 1 : 2]!);
    if (cue) d.mentions[0]!.slots.push(slotEvidence(doc, "start", d.start, cue, "date:same-day"));
    if (!d.city && !d.country) {
      d.city = dated.city;
      d.country = dated.country ?? (dated.city ? (findCity(dated.city)?.country ?? null) : null);
      if (cue && d.city) d.mentions[0]!.slots.push(slotEvidence(doc, "city", d.city, cue, "place:same-day"));
      if (cue && d.country) d.mentions[0]!.slots.push(slotEvidence(doc, "country", d.country, cue, "place:same-day"));
    }
  }
}

const SIDE = /\b(?:within the framework of|in the framework of|on the sidelines of|on the margins of|as part of|in the run-up to|on the eve of)\s+the\s+(?:[\w-]+\s+){0,4}?(?:session|summit|meeting|sitting)\b/i;

/** "Within the framework of the session, a meeting of the CFM was held": a side event is where the main one is. */
export function sideEventPlaces(doc: Doc, drafts: Draft[], main: MainDrafts): void {
  const host = main.meeting;
  if (!host?.city && !host?.country) return;
  for (const d of drafts) {
    if (d === host || d.city || d.country || d.remote || d.kind !== "meeting") continue;
    if (!d.mentions.some((m) => SIDE.test(doc.slice(m.sentence)))) continue;
    d.city = host.city;
    d.country = host.country;
    const cue = cueIn(doc, d, SIDE);
    if (cue && d.city) d.mentions[0]!.slots.push(slotEvidence(doc, "city", d.city, cue, "place:side-event"));
    if (cue && d.country) d.mentions[0]!.slots.push(slotEvidence(doc, "country", d.country, cue, "place:side-event"));
  }
}

/** The words in a draft's sentences that a pass read ("earlier in the day", "on the sidelines of the session"). */
function cueIn(doc: Doc, d: Draft, re: RegExp): Span | null {
  for (const m of d.mentions) {
    const hit = re.exec(doc.slice(m.sentence));
    if (hit) return { start: m.sentence.start + hit.index, end: m.sentence.start + hit.index + hit[0].length };
  }
  return null;
}
