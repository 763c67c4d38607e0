import type { Span } from "../types.ts";

export interface QuotePair extends Span {
  inner: Span;
}

const OPEN_CLOSE: Record<string, string> = { "“": "”", "«": "»" };
const CLOSERS = new Set(["”", "»"]);

/**
 * Top-level quotations of each paragraph, paired with a stack so that titles quoted inside a quote
 * (“the operations “Channel” and “PROXY”...”) stay inside it. Straight quotes open or close by context.
 * A quote left open at a paragraph's end continues when the next paragraph opens with a quote mark
 * (the convention for multi-paragraph quotations); otherwise it ends with its paragraph.
 */
export function pairQuotes(text: string, paragraphs: Span[]): QuotePair[] {
  const out: QuotePair[] = [];
  let pending: { start: number } | null = null;
  paragraphs.forEach((p, pi) => {
    const stack: string[] = [];
    let start = -1;
    let i = p.start;
    if (pending) {
      const first = text[p.start]!;
      if (first in OPEN_CLOSE || first === '"') {
        start = pending.start;
        stack.push(first === '"' ? '"' : OPEN_CLOSE[first]!);
        i = p.start + 1;
      }
      pending = null;
    }
    // Only quote marks matter: jump from one to the next instead of visiting every character.
    const marks = /["“”«»]/g;
    marks.lastIndex = i;
    for (let m = marks.exec(text); m && m.index < p.end; m = marks.exec(text)) {
      i = m.index;
      const c = m[0];
      const top = stack[stack.length - 1];
      if (c === '"') {
        const prev = i > p.start ? text[i - 1]! : " ";
        const next = i + 1 < p.end ? text[i + 1]! : " ";
        const opening = top !== '"' && /[\s(\[—–-]/.test(prev) && /\S/.test(next);
        if (opening) stack.push('"');
        else if (top === '"') stack.pop();
        else continue;
      } else if (c in OPEN_CLOSE) {
        stack.push(OPEN_CLOSE[c]!);
      } else if (CLOSERS.has(c)) {
        if (top === c) stack.pop();
        else continue;
      } else continue;
      if (stack.length === 1 && start < 0) start = i;
      if (stack.length === 0 && start >= 0) {
        out.push({ start, end: i + 1, inner: { start: start + 1, end: i } });
        start = -1;
      }
    }
    if (start >= 0) {
      const next = paragraphs[pi + 1];
      const opensNext = next && /^["“«]/.test(text[next.start]!);
      if (opensNext) pending = { start };
      else out.push({ start, end: p.end, inner: { start: start + 1, end: trimEnd(text, start + 1, p.end) } });
    }
  });
  return out.concat(singleQuoted(text, paragraphs, out)).sort((a, b) => a.start - b.start);
}

// ‘…’ or '…' as a quotation: opened after a space or bracket, closed before punctuation or a space, and long enough
// to be words said (a quoted name of four words or fewer is a title, and ’ alone is an apostrophe).
const SINGLE = /(?<=^|[\s(\[—–-])[‘'](?=\S)([^‘’'\n]{12,600}?)(?<=\S)[’'](?=[\s,.;:!?)\]]|$)/gu;

/** Single-quoted quotations, in paragraphs that have no double-quoted ones of their own. */
function singleQuoted(text: string, paragraphs: Span[], doubles: QuotePair[]): QuotePair[] {
  const out: QuotePair[] = [];
  for (const p of paragraphs) {
    if (doubles.some((q) => q.start < p.end && p.start < q.end)) continue;
    SINGLE.lastIndex = 0;
    for (const m of text.slice(p.start, p.end).matchAll(SINGLE)) {
      if (m[1]!.trim().split(/\s+/).length <= 4) continue;
      const start = p.start + m.index;
      out.push({ start, end: start + m[0].length, inner: { start: start + 1, end: start + m[0].length - 1 } });
    }
  }
  return out;
}

function trimEnd(text: string, from: number, end: number): number {
  while (end > from && /[\s"”»]/.test(text[end - 1]!)) end--;
  return end;
}
