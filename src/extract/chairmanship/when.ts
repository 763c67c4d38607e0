import type { Doc } from "../../nlp/doc.ts";
import type { DateMention, Span } from "../../nlp/types.ts";
import { derive } from "../../data/current.ts";
import { lexiconPattern } from "../../data/lexicons.ts";

const saidBefore = derive((k) => new RegExp(String.raw`\b(?:${lexiconPattern("reporting-verbs", k)})(?:\s+(?:reporters|journalists|the press|the media))?\s+(?:on|last|this)?\s*$`, "i"));

const MEETING = /\b(?:met|meet|meeting|session|summit|council|talks|held|gathered|convened)\b/i;

/**
 * The date of the article's main meeting: the first date to the day stated in a sentence about a meeting. A handover
 * sentence that gives no date of its own ("the chairmanship passed from A to B") happened there.
 */
export function mainMeetingDate(doc: Doc): string | null {
  for (const d of doc.dates) {
    if (d.value.length < 10) continue;
    const s = doc.sentenceAt(d.start);
    if (s && MEETING.test(doc.slice(s))) return d.value;
  }
  return null;
}

/** The date a handover sentence gives: to the day if it has one, else the first year it names. */
export function handoverDate(doc: Doc, sentence: Span): string | null {
  // "…, X said on Thursday": the day of the statement, not of the handover.
  const ds = doc.datesIn(sentence).filter((d) => !saidBefore().test(doc.text.slice(Math.max(sentence.start, d.start - 40), d.start)));
  return ds.find((d) => d.value.length === 10)?.value ?? ds[0]?.value ?? null;
}

const END_CUE = /\b(?:end(?:s|ed|ing)?|expir\w*|until|till|conclud\w*|complet\w*|runs?\s+out)\b/i;

/** Whether the words between a chairmanship and the date after it make that date its end ("ends in December"). */
export function isEndDate(doc: Doc, words: Span, date: Span): boolean {
  return date.start >= words.end && END_CUE.test(doc.text.slice(words.end, date.start));
}

/**
 * The date stated beside a chairmanship's words: "chairmanship in 2018", "chairs it during this year",
 * "starting from January 1, 2024"; first after the words, then just before them.
 */
export function dateNear(doc: Doc, sentence: Span, words: Span): DateMention | null {
  const ds = doc.datesIn(sentence);
  const after = ds.find((d) => d.start >= words.end && d.start - words.end <= 60);
  if (after) return after;
  return [...ds].reverse().find((d) => d.end <= words.start && words.start - d.end <= 40) ?? null;
}

export interface ClaimDateInput {
  sentence: Span;
  /** The rule's words in the sentence. */
  words: Span;
  when: "handover" | "near" | "none";
  /** The article's main meeting date, computed once on demand. */
  meeting: () => string | null;
}

/**
 * A claim's date: a handover's from its sentence or else the meeting; a holder's from beside the words, which may
 * make it the end ("ends in December"). `explicit` tells a date stated with the claim from a borrowed one.
 */
export function claimDate(doc: Doc, input: ClaimDateInput): { date: string | null; explicit: boolean; isEnd: boolean } {
  if (input.when === "handover") {
    const own = handoverDate(doc, input.sentence);
    return own !== null ? { date: own, explicit: true, isEnd: false } : { date: input.meeting(), explicit: false, isEnd: false };
  }
  if (input.when === "none") return { date: null, explicit: false, isEnd: false };
  const near = dateNear(doc, input.sentence, input.words);
  if (!near) return { date: null, explicit: false, isEnd: false };
  return { date: near.value, explicit: true, isEnd: isEndDate(doc, input.words, near) };
}
