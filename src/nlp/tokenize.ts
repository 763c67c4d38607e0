import { derive } from "../data/current.ts";
import type { Token } from "./types.ts";

// Words keep inner hyphens, apostrophes and dots ("Kassym-Jomart", "Mongolia's", "U.S."); everything else is a
// one-character token. Offsets are into the Doc text.
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    let word = m[0];
    // A final dot is part of the token only for abbreviations and initials; sentence dots stand alone.
    if (word.endsWith(".") && word.length > 1 && !isAbbreviation(word)) word = word.slice(0, -1);
    const start = m.index;
    const end = start + word.length;
    TOKEN.lastIndex = end;
    let wsEnd = end;
    while (wsEnd < to && /\s/.test(text[wsEnd]!)) wsEnd++;
    out.push({ start, end, text: word, ws: text.slice(end, wsEnd) });
  }
  return out;
}

/** Abbreviations a full stop does not end a sentence after (lexicon abbreviations). */
const abbreviations = derive((k): ReadonlySet<string> => new Set(k.lexicons.abbreviations ?? []));

export function isAbbreviation(word: string): boolean {
  const w = word.replace(/\.$/, "");
  if (/^\p{Lu}$/u.test(w)) return true; // an initial: "N."
  return abbreviations().has(w.toLowerCase());
}
