import type { Doc } from "../../nlp/doc.ts";
import type { Sentence } from "../../nlp/types.ts";

const WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const COUNT = /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[\w-]+\s+)?documents\b/i;
const SIGNING = /\b(?:sign\w*|adopt\w*|approv\w*|package|inked)\b/i;

/** "11 documents were signed", "a package of 15 documents", "approved 15 documents". */
export function documentsSigned(doc: Doc, sentences: Sentence[]): number | null {
  for (const s of sentences) {
    const text = doc.slice(s);
    const m = COUNT.exec(text);
    if (!m || !SIGNING.test(text)) continue;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORDS[m[1]!.toLowerCase()];
    if (n) return n;
  }
  return null;
}
