import type { Doc } from "../../nlp/doc.ts";
import type { Sentence, Span } from "../../nlp/types.ts";
import { evidenceOf, slotEvidence } from "../evidence.ts";
import type { Evidence } from "../types.ts";
import type { Mention } from "./types.ts";
import { findTriggers, isVerbMet, type Trigger } from "./triggers.ts";
import { membersAround } from "./members.ts";
import { bodiesIn, bodyByMembers, orgNear, summitBodyOf } from "./org-bodies.ts";
import { statusByDate, statusNear } from "./status.ts";
import { dateNear, nearestIs, untilNear } from "./when.ts";
import { placeNear } from "./where.ts";
import { exerciseName } from "./exercise-name.ts";
import { conjoinedSummits, onTheEve, shareWithinSentence, splitNames, splitPlural } from "./mention-links.ts";

// "meeting of the CFM, the CDM and ...", "session in Minsk of the Council": bodies after the word belong to it.
const LINK_AFTER = /^\s+(?:(?:in|at)\s+\p{Lu}\p{Ll}+\s+)?(?:of|between|among)\b/u;
const DEFINITE = /\b(?:the|this|that|these|today[’']s|yesterday[’']s|its|their)\s+(?:[\w-]+\s+){0,3}$/i;

interface Frame {
  doc: Doc;
  sentence: Sentence;
  text: string;
  dominant: string | null;
  triggers: Trigger[];
}

/** Every event mention of the article, sentence by sentence, in text order. */
export function findMentions(doc: Doc, dominant: string | null): Mention[] {
  const out: Mention[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.slice(sentence).replace(/[^\S ]/g, " "); // same length, so offsets hold
    const triggers = findTriggers(text, sentence.start);
    const frame: Frame = { doc, sentence, text, dominant, triggers };
    const own: Mention[] = [];
    for (const t of triggers) {
      const m = t.kind === "exercise" ? exerciseMention(frame, t) : meetingMention(frame, t);
      if (m) own.push(...(t.kind === "exercise" ? splitNames(m, text) : [m]));
    }
    if (!triggers.some((t) => t.kind === "meeting")) own.push(...bodyMentions(frame));
    conjoinedSummits(doc, own);
    shareWithinSentence(doc, own);
    out.push(...own.flatMap((m) => splitPlural(doc, m)));
  }
  onTheEve(doc, out);
  return out;
}

function meetingMention(f: Frame, t: Trigger): Mention | null {
  const local = { start: t.start - f.sentence.start, end: t.end - f.sentence.start, word: t.word };
  const members = membersAround(f.text, local);
  const org = orgNear(f.doc, f.sentence, t) ?? pronounOrg(f) ?? (members.length ? f.dominant : null);
  const spans = f.triggers.map((x) => ({ start: x.start, end: x.end }));
  const summitWord = /^summits?$/.test(t.word);
  const next = spans.find((x) => x.start > t.start)?.start ?? f.sentence.end;
  // "X met with Y" is a bilateral meeting; a body or a group of officials meeting is the organization's.
  if (isVerbMet(t.word) && !members.length && !bodySubject(f, t, org)) return null;
  // A body belongs to the event word it follows ("meeting of the CFM, the CDM and the CSSC") or lies nearest to.
  // A body whose name holds the event word ("the ASEAN Summit") is that event's body.
  const linked = (b: Span): boolean =>
    (b.start <= t.start && t.end <= b.end) ||
    (b.start >= t.end
      ? b.end <= next && LINK_AFTER.test(f.doc.text.slice(t.end, b.start))
      : !summitWord && nearestIs(b, t, spans) && t.start - b.end <= 100);
  const bodies = bodiesIn(f.doc, f.sentence, org).filter((b) => linked(b.span));
  const names = bodies.map((b) => b.body);
  const summit = summitWord || members.includes("heads of state");
  for (const key of members) {
    const b = bodyByMembers(org, key);
    if (b && !names.includes(b)) names.push(b);
  }
  if (summit) {
    const sb = summitBodyOf(org);
    if (sb && !names.includes(sb)) names.push(sb);
  }
  const orgBeside = org !== null && orgAdjacent(f, t);
  const definite = DEFINITE.test(f.text.slice(0, t.start - f.sentence.start));
  // "the summit" alone names no organization of its own: it refers back like "the meeting".
  const bare = !bodies.length && !members.length && !orgBeside;
  // "The Moscow summit was attended by …": a city naming the meeting makes it the article's organization's meeting.
  if (bare && definite && f.dominant && cityNamesMeeting(f, t)) {
    const sb = summit ? summitBodyOf(f.dominant) : null;
    return build(f, t, { org: f.dominant, bodies: sb ? [sb] : [], summit, anaphoric: false, name: null });
  }
  const anaphoric = bare && definite;
  if (anaphoric) return build(f, t, { org: null, bodies: [], summit, anaphoric, name: null });
  if (!names.length && !orgBeside && !anaphoric) return indefiniteSession(f, t, summit);
  return build(f, t, { org: anaphoric ? null : org, bodies: names, summit, anaphoric, name: null });
}

/** "… the SCO groups eight states. Their leaders will meet …": the organization the previous sentence is about. */
function pronounOrg(f: Frame): string | null {
  if (!/^\s*(?:Their|Its)\s/.test(f.text)) return null;
  const prev = f.doc.sentences[f.sentence.index - 1];
  const org = prev ? f.doc.entsIn(prev, "ORG").at(-1) : undefined;
  return org?.norm ?? null;
}

/** "the Moscow summit", "the Dushanbe meeting": a city right before the event word. */
function cityNamesMeeting(f: Frame, t: Trigger): boolean {
  const city = f.doc.entsIn({ start: Math.max(f.sentence.start, t.start - 40), end: t.start }, "CITY").at(-1);
  return !!city && /^\s+$/.test(f.doc.text.slice(city.end, t.start)) && /\bthe\s+$/i.test(f.doc.text.slice(Math.max(0, city.start - 5), city.start));
}

const INDEFINITE = /\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * "At a session in Yerevan in November 2022" in an article about one organization: a meeting of it, though no body
 * is named. Only with both a date and a place, so a passing "a meeting" is not an event.
 */
function indefiniteSession(f: Frame, t: Trigger, summit: boolean): Mention | null {
  if (!f.dominant || isVerbMet(t.word) || !/^(?:session|summit|meeting|sitting)$/i.test(t.word)) return null;
  if (!INDEFINITE.test(f.text.slice(0, t.start - f.sentence.start))) return null;
  const sb = summit ? summitBodyOf(f.dominant) : null;
  const m = build(f, t, { org: f.dominant, bodies: sb ? [sb] : [], summit, anaphoric: false, name: null });
  return m.start && (m.city || m.country) ? m : null;
}

const BODY_ACTION = /\b(?:decided|adopted|approved|considered|discussed|endorsed|agreed|signed|will (?:consider|discuss|adopt|approve))\b/i;
const TITLE_OF = /\b(?:chairman|chair|secretary|member|head|president|presidency|chairmanship|deputy|representative|envoy)\s+(?:of\s+)?(?:the\s+)?(?:[A-Z]{2,6}\s+)?$/i;

/** "the Collective Security Council decided in Moscow on May 14, 2002 ...": a meeting body acting at a time and place. */
function bodyMentions(f: Frame): Mention[] {
  if (!BODY_ACTION.test(f.text)) return [];
  const org = orgNear(f.doc, f.sentence, f.sentence);
  const out: Mention[] = [];
  for (const b of bodiesIn(f.doc, f.sentence, org)) {
    const lead = f.doc.text.slice(Math.max(f.sentence.start, b.span.start - 40), b.span.start);
    if (TITLE_OF.test(lead)) continue;
    // "in accordance with the decision of the Council, adopted on January 6": a decision cited, not a session told.
    if (/\b(?:decisions?|resolutions?|decrees?)\s+(?:of|by)\s+(?:the\s+)?(?:[A-Z]{2,6}\s+)?$/i.test(lead)) continue;
    const t: Trigger = { kind: "meeting", start: b.span.start, end: b.span.end, word: "body" };
    const m = build(f, t, { org: b.org, bodies: [b.body], summit: b.body === summitBodyOf(b.org), anaphoric: false, name: null });
    if (m.start || m.city || m.country) out.push(m);
  }
  return out.slice(0, 1);
}

/** "the CSTO Collective Security Council met": a meeting body as the subject of the verb. */
function bodySubject(f: Frame, t: Trigger, org: string | null): boolean {
  return bodiesIn(f.doc, f.sentence, org).some((b) => b.span.end <= t.start && t.start - b.span.end <= 60 && !/[,;:]/.test(f.doc.text.slice(b.span.end, t.start)));
}

/** An organization named right at the trigger: "CSTO summit", "meeting of the CIS", "CIS ministerial meeting". */
function orgAdjacent(f: Frame, t: Trigger): boolean {
  const before = f.doc.text.slice(Math.max(f.sentence.start, t.start - 30), t.start);
  const after = f.doc.text.slice(t.end, Math.min(f.sentence.end, t.end + 30));
  const ents = f.doc.entsIn(f.sentence, "ORG");
  return ents.some((e) => {
    if (e.end <= t.start) return /^(?:[’']s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(f.doc.text.slice(e.end, t.start)) && before.length > 0;
    return e.start >= t.end && /^\s+(?:of|in)\s+(?:the\s+)?$/.test(f.doc.text.slice(t.end, e.start)) && after.length > 0;
  });
}

function exerciseMention(f: Frame, t: Trigger): Mention | null {
  const name = exerciseName(f.text);
  const org = orgNear(f.doc, f.sentence, t);
  // Drills named as a topic ("discussed drills") are no event: the organization must be the one exercising.
  // Without it, a sentence on who took part ("the drills brought together ...") still speaks of the article's drill.
  const exercising = orgExercising(f, t);
  const anaphoric = !name && (DEFINITE.test(f.text.slice(0, t.start - f.sentence.start)) || (!exercising && INVOLVING.test(f.text)));
  if (!name && !anaphoric && !exercising) return null;
  if (!name && GENERIC_PAST.test(f.text.slice(0, t.start - f.sentence.start))) return null;
  return build(f, t, { org: org ?? f.dominant, bodies: [], summit: false, anaphoric: anaphoric && !exercising, name });
}

// "The SCO has regularly held Peace Mission drills in China and Russia": drills in general, not one event.
const GENERIC_PAST = /\b(?:previously|repeatedly|regularly|traditionally|annually|every year|each year|in the past|many times|several times)\b[^.;]{0,60}$/i;

const INVOLVING = /\b(?:brought together|bring together|involv\w*|participat\w*|took part|take part|taking part)\b/i;

/** "The CSTO ... began drills", "CSTO exercises", "drills of the Collective Rapid Reaction Forces". */
function orgExercising(f: Frame, t: Trigger): boolean {
  return f.doc.entsIn(f.sentence).some((e) => {
    if (e.label !== "ORG" && e.label !== "BODY") return false;
    if (e.end <= t.start) return t.start - e.end <= 60 && !/[.;:]/.test(f.doc.text.slice(e.end, t.start));
    return e.start >= t.end && /^\s+(?:of|by)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(f.doc.text.slice(t.end, e.start));
  });
}

interface Parts {
  org: string | null;
  bodies: string[];
  summit: boolean;
  anaphoric: boolean;
  name: string | null;
}

// "held talks in Bishkek on Monday on the sidelines of the session of the CFM": the session is where and when the
// talks are, so the date and place of the whole sentence are its own too.
const SIDELINES = /\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

function build(f: Frame, t: Trigger, p: Parts): Mention {
  const sidelines = SIDELINES.test(f.doc.text.slice(Math.max(f.sentence.start, t.start - 60), t.start));
  const spans: Span[] = sidelines ? [{ start: t.start, end: t.end }] : f.triggers.map((x) => ({ start: x.start, end: x.end }));
  const when = dateNear(f.doc, f.sentence, t, spans);
  const until = t.kind === "exercise" && !when.end ? untilNear(f.doc, f.sentence) : null;
  const slots: Evidence[] = [];
  if (when.start && when.span) slots.push(slotEvidence(f.doc, "start", when.start, when.span, when.rule ?? "date:nearest"));
  if (when.end && when.span) slots.push(slotEvidence(f.doc, "end", when.end, when.span, "date:range-end"));
  if (until && (!when.start || until.value > when.start)) {
    when.end = until.value;
    slots.push(slotEvidence(f.doc, "end", until.value, until, "date:until"));
  }
  const where = placeNear(f.doc, f.sentence, t, spans);
  if (where.span) {
    if (where.city) slots.push(slotEvidence(f.doc, "city", where.city, where.span, where.rule ?? "place:venue-city"));
    if (where.country) slots.push(slotEvidence(f.doc, "country", where.country, where.span, where.rule ?? "place:venue-city"));
  }
  const local = { start: t.start - f.sentence.start, end: t.end - f.sentence.start };
  const read = statusNear(f.text, local);
  const byDate = statusByDate(when.start, f.doc.refDate);
  const status = byDate === "planned" && !read.stated ? "planned" : read.status;
  return {
    kind: t.kind, status, statusStated: read.stated || byDate !== null, org: p.org, bodies: p.bodies, summit: p.summit, name: p.name,
    start: when.start, end: when.end, city: where.city, country: where.country, remote: where.remote,
    anaphoric: p.anaphoric, other: read.other, sentence: f.sentence, trigger: { start: t.start, end: t.end },
    evidence: evidenceOf(f.doc, t, `event:${t.kind}:${p.anaphoric ? "anaphora" : "mention"}`),
    slots,
  };
}
