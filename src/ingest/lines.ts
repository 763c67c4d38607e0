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

export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
