import type { Span } from "../types.ts";

/** Verbs and phrases that attribute words to a speaker. */
export const SPEECH = String.raw`(?:said|says|say|told(?:\s+\w+){0,2}|noted|notes|stressed|stresses|added|adds|stated|states|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|highlighted|remarked|explained|reminded|recalled|concluded|summed\s+up|declared|announced|assured|urged|continued|pointed\s+out|observed|insisted|warned|commented|replied|answered|asked|believes|affirmed|acknowledged|wrote|writes|was\s+quoted(?:\s+as\s+saying)?|quoted|called|proposed|suggested|expressed|spoke\s+of|according\s+to)`;

const SPEECH_RE = new RegExp(String.raw`\b${SPEECH}\b`, "iu");

export interface Cue extends Span {
  /** The words naming the speaker ("N. Patrushev", "he", "the Kazakh leader"). */
  subject: Span;
  side: "after" | "before";
}

// After the closing mark: ", – he said", "” the head of state noted", ", said Putin", ", CSTO's deputy head, X said on Sunday".
const AFTER_SUBJECT_FIRST = new RegExp(String.raw`^[\s,.!?:;]*[-–—]?\s*((?:[^.!?;“”"]|(?<=\b\p{Lu}[\p{Ll}]{0,3})\.){0,120}?)\s+(${SPEECH})\b`, "diu");
const AFTER_VERB_FIRST = new RegExp(String.raw`^[\s,.!?:;]*[-–—]?\s*(${SPEECH})\s+((?:[^.!?;“”",]|\.(?=\s?\p{Lu}\.?\s)|(?<=\b\p{Lu})\.){1,80})`, "diu");
// Before the opening mark: "X said: “", "He noted the importance of cooperation “", "According to X, “".
const BEFORE = new RegExp(String.raw`(^|[\s,])((?:[^.!?;“”"]|(?<=\b\p{Lu}[\p{Ll}]{0,3})\.){0,150}?)\s+(${SPEECH})\b([^.!?;“”"]{0,100})$`, "diu");

const NAME_COLON = /(?:^|[\s,])((?:[^.!?;:“”"]){0,100}?\p{Lu}[\p{Ll}’'-]+)\s*:\s*$/du;

/** The attribution around a quotation: first after it (the common order), then before it. */
export function findCue(text: string, quote: Span, limits: Span): Cue | null {
  const afterEnd = clauseEnd(text, quote.end, limits.end);
  const after = text.slice(quote.end, afterEnd);
  const at = (m: RegExpExecArray, group: number, base: number) => trimSpan(text, base + m.indices![group]![0], base + m.indices![group]![1]);
  let m = AFTER_SUBJECT_FIRST.exec(after);
  if (m && m[1]!.trim()) return { start: quote.end, end: quote.end + m[0].length, subject: at(m, 1, quote.end), side: "after" };
  m = AFTER_VERB_FIRST.exec(after);
  if (m) return { start: quote.end, end: quote.end + m[0].length, subject: at(m, 2, quote.end), side: "after" };
  const beforeStart = clauseStart(text, quote.start, limits.start);
  const b = BEFORE.exec(text.slice(beforeStart, quote.start));
  if (b) {
    const group = /^according\s+to$/i.test(b[3]!) ? 4 : 2;
    return { start: beforeStart + b.indices![2]![0], end: quote.start, subject: at(b, group, beforeStart), side: "before" };
  }
  // "Belarusian Defence Minister Viktor Khrenin: “…”": a name and a colon, no verb.
  const c = NAME_COLON.exec(text.slice(beforeStart, quote.start));
  if (c) return { start: beforeStart + c.index, end: quote.start, subject: at(c, 1, beforeStart), side: "before" };
  return null;
}

export function hasSpeechVerb(s: string): boolean {
  return SPEECH_RE.test(s);
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
