import { boilerplateReason } from "./boilerplate.ts";
import { wordCount, type Line } from "./lines.ts";
import { findOutlet } from "../data/outlets.ts";

// "… the talks in Minsk. / Xinhua News Agency": a caption ending in its photo credit.
const CREDITED_CAPTION = /\s\/\s*([\p{Lu}][^/]{1,50})$/u;
const isCaption = (line: string): boolean => {
  const credit = CREDITED_CAPTION.exec(line)?.[1]?.trim();
  return Boolean(credit && line.length <= 400 && (findOutlet(credit) || /\b(photo|press|service|agency|images?)\b/i.test(credit)));
};

/** Lines that are page furniture, by index, with the reason: generic boilerplate, and captions repeated verbatim. */
export function findBoilerplate(lines: Line[]): Map<number, string> {
  const removed = new Map<number, string>();
  const seen = new Set<string>();
  for (const l of lines) {
    if (!l.text) continue;
    const reason = boilerplateReason(l.text);
    if (reason) removed.set(l.index, reason);
    else if (isCaption(l.text)) removed.set(l.index, "photo caption");
    else if (seen.has(l.text) && isStandalone(l, lines)) removed.set(l.index, "repeated line");
    seen.add(l.text);
  }
  return removed;
}

/**
 * A caption-like line: a capitalised sentence or a paragraph of its own. A fragment of hard-wrapped text can repeat
 * ("of the member states of the") without being furniture, and blanking it would cut a sentence.
 */
function isStandalone(l: Line, lines: Line[]): boolean {
  if (wordCount(l.text, 3) < 3 || !/^[\p{Lu}"“«]/u.test(l.text)) return false;
  const alone = !lines[l.index - 1]?.text && !lines[l.index + 1]?.text;
  return alone || /[.!?]["”»]?$/.test(l.text);
}

/** The text with each removed line's content replaced by spaces: same length, newlines kept, offsets unchanged. */
export function blankLines(original: string, lines: Line[], removed: Map<number, string>): { text: string; ranges: { start: number; end: number; reason: string }[] } {
  const ranges: { start: number; end: number; reason: string }[] = [];
  let text = "";
  let at = 0;
  for (const l of lines) {
    const reason = removed.get(l.index);
    if (!reason || l.start === l.end) continue;
    text += original.slice(at, l.start) + " ".repeat(l.end - l.start);
    at = l.end;
    ranges.push({ start: l.start, end: l.end, reason });
  }
  return { text: text + original.slice(at), ranges };
}
