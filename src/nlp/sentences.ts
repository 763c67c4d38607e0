import type { Sentence, Span } from "./types.ts";
import { isAbbreviation } from "./tokenize.ts";

/**
 * Paragraphs: blank lines always separate; a single newline separates too unless the text is hard-wrapped
 * (most lines end near one width), where it is just a space.
 */
export function paragraphs(text: string): Span[] {
  const lines = text.split("\n");
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0);
  const wrapped = isHardWrapped(lengths);
  const out: Span[] = [];
  let start = -1;
  let pos = 0;
  for (const line of lines) {
    const blank = line.trim() === "";
    if (!blank && start < 0) start = pos;
    const lineEnd = pos + line.length;
    if (start >= 0 && (blank || !wrapped)) {
      if (!blank) out.push(trim(text, start, lineEnd));
      else out.push(trim(text, start, pos));
      start = -1;
    }
    pos = lineEnd + 1;
  }
  if (start >= 0) out.push(trim(text, start, text.length));
  return out.filter((p) => p.end > p.start);
}

function isHardWrapped(lengths: number[]): boolean {
  if (lengths.length < 6) return false;
  const max = Math.max(...lengths);
  if (max > 100) return false;
  const near = lengths.filter((n) => n >= max - 20).length;
  return near / lengths.length > 0.6;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

// What /\s/ matches, without a one-character string per test: blanked boilerplate leaves long runs of spaces.
const isSpace = (c: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c)));

// A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and a capital,
// a digit or an opening quote — unless the dot belongs to an abbreviation or an initial.
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((para, pIndex) => {
    let start = para.start;
    BOUNDARY.lastIndex = para.start;
    const chunk = text.slice(0, para.end);
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY.exec(chunk))) {
      const end = m.index + m[0].length;
      if (m[0].startsWith(".") && endsWithAbbreviation(text, m.index)) continue;
      pushSentence(out, text, start, end, pIndex);
      start = end;
    }
    pushSentence(out, text, start, para.end, pIndex);
  });
  return out;
}

// /[\p{L}.'’-]/u on one UTF-16 unit, with ASCII decided without a regex test.
const wordChar = (c: number): boolean =>
  c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 39 || c === 45 : /[\p{L}.'’-]/u.test(String.fromCharCode(c));

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && wordChar(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, dot + 1);
  const last = word.split(/[-]/).pop() ?? word;
  return isAbbreviation(last);
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  const s = trim(text, start, end);
  if (s.end > s.start) out.push({ start: s.start, end: s.end, index: out.length, paragraph });
}
