/** One line of a text with its offsets (end-exclusive, the newline not included) and its trimmed content. */
export interface Line {
  index: number;
  start: number;
  end: number;
  raw: string;
  /** The line without surrounding whitespace. */
  text: string;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const clean = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    out.push({ index: out.length, start, end: start + clean.length, raw: clean, text: clean.trim() });
    start += raw.length + 1;
  }
  return out;
}

/**
 * The number of words of `s`, counted up to `limit` at most: callers compare with a small bound, and a paragraph
 * need not be counted to the end to know it is long.
 */
export function wordCount(s: string, limit = Infinity): number {
  const re = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (n < limit && re.exec(s)) n++;
  return n;
}
