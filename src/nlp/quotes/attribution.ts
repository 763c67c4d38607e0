import type { Span } from "../types.ts";
import { derive } from "../../data/current.ts";
import { lexiconPattern } from "../../data/lexicons.ts";

/** Verbs and phrases that attribute words to a speaker (lexicons speech-verbs; told may take an object). */
export const speechPattern = derive((k) => `(?:${lexiconPattern("speech-verbs-with-object", k)})(?:\\s+\\w+){0,2}|(?:${lexiconPattern("speech-verbs", k)})`);

const patterns = derive((k) => {
  const SPEECH = `(?:${speechPattern(k)})`;
  return {
    SPEECH_RE: new RegExp(String.raw`\b${SPEECH}\b`, "iu"),
    // After the closing mark: ", – he said", "” the head of state noted", ", said Putin", ", CSTO's deputy head, X said on Sunday".
    AFTER_SUBJECT_FIRST: new RegExp(String.raw`^[\s,.!?:;]*[-–—]?\s*((?:[^.!?;“”"]|(?<=\b\p{Lu}[\p{Ll}]{0,3})\.){0,120}?)\s+(${SPEECH})\b`, "diu"),
    AFTER_VERB_FIRST: new RegExp(String.raw`^[\s,.!?:;]*[-–—]?\s*(${SPEECH})\s+((?:[^.!?;“”",]|\.(?=\s?\p{Lu}\.?\s)|(?<=\b\p{Lu})\.){1,80})`, "diu"),
    // Before the opening mark: "X said: “", "He noted the importance of cooperation “", "According to X, “".
    BEFORE: new RegExp(String.raw`(^|[\s,])((?:[^.!?;“”"]|(?<=\b\p{Lu}[\p{Ll}]{0,3})\.){0,150}?)\s+(${SPEECH})\b([^.!?;“”"]{0,100})$`, "diu"),
    MAIN_SUBJECT: new RegExp(String.raw`^\s*((?:[^.!?;“”"]|(?<=\b\p{Lu}[\p{Ll}]{0,3})\.){1,120}?)\s+${SPEECH}\b`, "diu"),
  };
});

export interface Cue extends Span {
  /** The words naming the speaker ("N. Patrushev", "he", "the Kazakh leader"). */
  subject: Span;
  /** Where the cue stands: after the quote, before it, or as the previous sentence ("X noted that …. “…”"). */
  side: "after" | "before" | "previous";
}


// "According to X, “…”" opening its clause: no words before the cue for BEFORE to take as a subject.
const ACCORDING_FIRST = /(?:^|[\s(])according\s+to\s+([^.!?;“”"]{1,150}?)\s*,?\s*$/diu;

// "Defence Minister X: “…”", "Tokayev – “…”": a name and a colon or a dash, no verb.
const NAME_COLON = /(?:^|[\s,])((?:[^.!?;:“”"–—]){0,100}?\p{Lu}[\p{Ll}’'-]+)\s*(?::|\s[–—]|\s-)\s*$/du;

/**
 * The attribution around a quotation: first after it (the common order), then before it. A quote introduced by a colon
 * ("X told reporters: “…”") or closed by its own full stop before a new sentence (“….” She left.) takes the words
 * before it first: what follows then starts another statement.
 */
export function findCue(text: string, quote: Span, limits: Span): Cue | null {
  const introduced = /:\s*$/.test(text.slice(Math.max(limits.start, quote.start - 3), quote.start));
  const closed =
    (/\.\s*[”"»]?$/.test(text.slice(quote.end - 3, quote.end)) && /^\s+\p{Lu}/u.test(text.slice(quote.end, quote.end + 3))) ||
    /^[.!?]\s+\p{Lu}/u.test(text.slice(quote.end, quote.end + 4));
  if (introduced || closed) return cueBefore(text, quote, limits) ?? shortCueAfter(text, quote, limits);
  return cueAfter(text, quote, limits) ?? cueBefore(text, quote, limits);
}

function at(text: string, m: RegExpExecArray, group: number, base: number): Span {
  return trimSpan(text, base + m.indices![group]![0], base + m.indices![group]![1]);
}

/** After a quotation that ends its sentence, only a bare "Name said" follows as its attribution, not a new statement. */
function shortCueAfter(text: string, quote: Span, limits: Span): Cue | null {
  const cue = cueAfter(text, quote, limits);
  if (!cue) return null;
  const words = text.slice(cue.subject.start, cue.subject.end);
  return /[,;]/.test(words) || words.split(/\s+/).length > 6 ? null : cue;
}

function cueAfter(text: string, quote: Span, limits: Span): Cue | null {
  const after = text.slice(quote.end, clauseEnd(text, quote.end, limits.end));
  let m = patterns().AFTER_SUBJECT_FIRST.exec(after);
  if (m && m[1]!.trim()) return { start: quote.end, end: quote.end + m[0].length, subject: at(text, m, 1, quote.end), side: "after" };
  m = patterns().AFTER_VERB_FIRST.exec(after);
  if (m) return { start: quote.end, end: quote.end + m[0].length, subject: at(text, m, 2, quote.end), side: "after" };
  return null;
}

function cueBefore(text: string, quote: Span, limits: Span): Cue | null {
  const participle = participleCue(text, quote, limits);
  if (participle) return participle;
  const beforeStart = clauseStart(text, quote.start, limits.start);
  const before = text.slice(beforeStart, quote.start);
  // BEFORE tries every start in the clause; without a verb of speech there it cannot match.
  const b = hasSpeechVerb(before) ? patterns().BEFORE.exec(before) : null;
  if (b) {
    const group = /^according\s+to$/i.test(b[3]!) ? 4 : 2;
    return { start: beforeStart + b.indices![2]![0], end: quote.start, subject: at(text, b, group, beforeStart), side: "before" };
  }
  const a = ACCORDING_FIRST.exec(before);
  if (a) return { start: beforeStart + a.index, end: quote.start, subject: at(text, a, 1, beforeStart), side: "before" };
  // "Belarusian Defence Minister Viktor Khrenin: “…”": a name and a colon, no verb.
  const c = NAME_COLON.exec(before);
  if (c) return { start: beforeStart + c.index, end: quote.start, subject: at(text, c, 1, beforeStart), side: "before" };
  return previousSentenceCue(text, quote, limits);
}

/**
 * "For his part, the Secretary General X noted that the document is no threat. “We consider …”": a quotation that
 * opens its sentence, right after a sentence whose subject speaks, continues that speaker.
 */
function previousSentenceCue(text: string, quote: Span, limits: Span): Cue | null {
  const head = text.slice(Math.max(limits.start, quote.start - 500), quote.start);
  if (!/[.!?]\s+$/.test(head) || /[“”"«»]/.test(head.slice(-3))) return null;
  const end = quote.start - (head.length - head.trimEnd().length);
  const from = sentenceStart(text, end - 1, Math.max(limits.start, quote.start - 500));
  const prev = text.slice(from, end);
  if (/[“”"«»]/.test(prev)) return null;
  const m = patterns().MAIN_SUBJECT.exec(prev);
  return m ? { start: from, end: quote.start, subject: at(text, m, 1, from), side: "previous" } : null;
}

// "…, adding: “…”", "…, saying that “…”": the quote belongs to the subject of the sentence's main verb.
const PARTICIPLE = /(?:,|\band)\s*(?:adding|saying|noting|stressing|stating|explaining|warning|recalling|insisting|emphasi[sz]ing|underlining|underscoring|pointing\s+out|declaring|remarking)(?:\s+that)?\s*[:,]?\s*$/i;

function participleCue(text: string, quote: Span, limits: Span): Cue | null {
  const head = text.slice(Math.max(limits.start, quote.start - 400), quote.start);
  const p = PARTICIPLE.exec(head);
  if (!p) return null;
  const from = sentenceStart(text, quote.start - head.length + p.index, Math.max(limits.start, quote.start - 400));
  const m = patterns().MAIN_SUBJECT.exec(text.slice(from, quote.start));
  return m ? { start: from, end: quote.start, subject: at(text, m, 1, from), side: "before" } : null;
}

/** The start of the sentence holding `at`: after the last sentence end before it (quoted ones included). */
function sentenceStart(text: string, at: number, limit: number): number {
  for (let i = at - 1; i > limit; i--) {
    if (/[.!?]/.test(text[i]!) && /^["”»]?\s+\p{Lu}/u.test(text.slice(i + 1, i + 4)) && !/(?:^|[\s.(-])\p{Lu}[\p{L}]{0,3}$/u.test(text.slice(Math.max(limit, i - 5), i))) {
      return i + 1 + (/["”»]/.test(text[i + 1]!) ? 1 : 0);
    }
  }
  return limit;
}

export function hasSpeechVerb(s: string): boolean {
  return patterns().SPEECH_RE.test(s);
}

/** The end of the clause after a quote: the next sentence end or paragraph end. */
function clauseEnd(text: string, from: number, limit: number): number {
  const re = /[.!?](?=\s|$)|\n\s*\n|[“"«]/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    // Initials ("N. Patrushev") and abbreviations ("Col.-Gen.") do not end the clause.
    if (m[0] === "." && /(?:^|[\s.(-])\p{Lu}[\p{L}]{0,3}$/u.test(text.slice(Math.max(from, m.index - 5), m.index))) continue;
    if (m.index === from) continue;
    return m.index;
  }
  return Math.min(limit, from + 250);
}

function clauseStart(text: string, to: number, limit: number): number {
  for (let i = to - 1; i > limit && i > to - 300; i--) {
    const c = text[i]!;
    if (/[.!?]/.test(c) && /\s/.test(text[i + 1] ?? " ") && !/(?:^|[\s.(-])\p{Lu}[\p{L}]{0,3}$/u.test(text.slice(Math.max(limit, i - 5), i))) return i + 1;
    if (c === "\n" && text[i - 1] === "\n") return i + 1;
    if (/[”»]/.test(c)) return i + 1;
  }
  return Math.max(limit, to - 300);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,–—-]/.test(text[start]!)) start++;
  while (end > start && /[\s,:–—-]/.test(text[end - 1]!)) end--;
  return { start, end };
}
