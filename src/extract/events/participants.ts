import { derive } from "../../data/current.ts";
import { lexiconPattern } from "../../data/lexicons.ts";
import type { Doc } from "../../nlp/doc.ts";
import type { Entity, Sentence, Span } from "../../nlp/types.ts";
import { ignoreNote, type SlotNote } from "../evidence.ts";
import type { PersonFact } from "../types.ts";
import { findCountry } from "../../data/places.ts";
import { leaderOf, nameOf, personsIn } from "./people.ts";
import { matchesOf } from "../../nlp/match-all.ts";

const CHAIR_CUE = /\b(?:chaired by|presided over by|presided by|under the (?:chairmanship|presidency) of|moderated by)\s+/gi;
const CHAIR_AFTER = /^,?\s*(?:who\s+(?:chairs|chaired|presides|presided)|(?:chaired|presided over|opened and chaired)\s+the\s+(?:[\w-]+\s+){0,4}?(?:meeting|session|summit|talks|sitting))\b/i;
// "X, whose country holds the presidency, chaired the meeting", "X, the President of Y, chaired": skip the aside.
const ASIDE = /^,\s*(?:whose\b|who\s+(?!chairs|chaired|presides|presided)|the\s)[^,.;]{0,140},/i;
const HOST_OF = /\bhost of the (?:summit|meeting|session|talks|event)\b/i;
const HOSTED = /^\s+(?:has\s+|had\s+)?(?:already\s+)?hosted\b/i;

/** The person presiding over the event, read from its sentences. */
export function chairOf(doc: Doc, sentences: Sentence[], people: PersonFact[], note: SlotNote = ignoreNote): string | null {
  let state: { name: string; span: Span } | null = null;
  let host: { name: string; span: Span } | null = null;
  const found = (p: Entity, rule: string): string => {
    const name = nameOf(people, p);
    note("chair", name, p, rule);
    return name;
  };
  for (const s of sentences) {
    const persons = personsIn(doc, s);
    for (const m of matchesOf(CHAIR_CUE, doc.slice(s))) {
      const at = s.start + m.index + m[0].length;
      const ents = doc.entsIn({ start: at, end: Math.min(s.end, at + 160) });
      const country = ents.find((e) => e.label === "COUNTRY" && /^(?:the\s+)?$/i.test(doc.text.slice(at, e.start)) && /^\s*(?:[,.;]|$|\s(?:and|which|that|as|in|on|at|for)\b)/.test(doc.text.slice(e.end, e.end + 8)));
      const person = ents.find((e) => e.label === "PERSON");
      // "chaired by Kazakhstan": the chairing state, whose leader presides.
      if (country) state ??= { name: findCountry(country.norm)?.name ?? country.norm, span: country };
      else if (person) return found(person, "chair:chaired-by");
    }
    for (const p of persons) {
      const next = doc.text.slice(p.end, Math.min(s.end, p.end + 220));
      if (CHAIR_AFTER.test(next) || CHAIR_AFTER.test(next.replace(ASIDE, ""))) return found(p, "chair:name-chaired");
      const after = doc.text.slice(p.end, Math.min(s.end, p.end + 90));
      const h = after.search(HOST_OF);
      if (h >= 0 && !/[.;]/.test(after.slice(0, h))) return found(p, "chair:host-of");
      if (HOSTED.test(doc.text.slice(p.end, p.end + 40))) host ??= { name: nameOf(people, p), span: p };
    }
  }
  if (!state) return null;
  const leader = leaderOf(people, state.name);
  if (leader) note("chair", leader, state.span, "chair:chairing-state-leader");
  else if (host) note("chair", host.name, host.span, "chair:host");
  return leader ?? host?.name ?? null;
}

const PARTICIPATION = /\b(?:attended by|with the participation of|participat\w*|took part|take part|taking part|attend(?:ed|s|ing)?|arrived|met with|has met|have met|(?<!(?:be|been|was|were|is|are) )hosted(?! by)|chaired by|presided over by|under the chairmanship of|brought together|(?:will\s+)?bring(?:s)?\s+together|gathered|told the gathering|told (?:the )?participants|addressed the|spoke at|speaking at|joined|(?:said|stated|noted|told \w+)\s+(?:at|during)\s+(?:a|the)\s|received the (?:heads of )?delegations|welcomed the (?:participants|delegations|guests)|opened the (?:meeting|session|summit))\b/i;
const ABSENT = /^,?\s+(?:did not|didn[’']t|does not|doesn[’']t|will not|won[’']t|could not|couldn[’']t|refused|declined|skipped|was absent|is absent)\b/i;
const reporting = derive((k) => ({
  SPEAKS: new RegExp(String.raw`^,?\s+(?:(?:${lexiconPattern("reporting-verbs", k)})(?<!told)|told(?!\s+(?:the\s+)?(?:gathering|participants|meeting|summit|session)))\b`, "i"),
  REPORTED: new RegExp(String.raw`\b(?:${lexiconPattern("reporting-verbs", k)}) that\b`, "i"),
}));

const SAID_AT = /^,?\s+(?:said|stated|noted|told \w+)\s+(?:at|during)\s+(?:a|the)\s/i;

/** People the event's sentences say took part, in order. */
export function attendeesOf(doc: Doc, sentences: Sentence[], people: PersonFact[], note: SlotNote = ignoreNote): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const text = doc.slice(s);
    const cue = PARTICIPATION.exec(text);
    if (!cue) continue;
    const reported = reporting().REPORTED.exec(text);
    const limit = reported && reported.index > cue.index ? s.start + reported.index : s.end;
    for (const p of personsIn(doc, s)) {
      // A speaker reporting on the event ("..., Commander X said") is not thereby a participant.
      // … unless they said it at the event itself ("X said at a joint session of …").
      const after = doc.text.slice(p.end, p.end + 60);
      const speaksThere = SAID_AT.test(after);
      if (p.start >= limit || inQuote(doc, s, p) || (reporting().SPEAKS.test(after) && !speaksThere) || isAbsent(doc, p)) continue;
      const name = nameOf(people, p);
      if (out.includes(name)) continue;
      out.push(name);
      note("attendee", name, p, "attendee:participation");
    }
  }
  return out;
}

function inQuote(doc: Doc, s: Sentence, p: Entity): boolean {
  return doc.quotes.some((q) => q.inner.start <= p.start && p.end <= q.inner.end && q.start >= s.start - 2000);
}

/** "X did not attend the summit". */
export function isAbsent(doc: Doc, p: Entity): boolean {
  return ABSENT.test(doc.text.slice(p.end, p.end + 30));
}
