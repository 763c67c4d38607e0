import type { Doc } from "../../nlp/doc.ts";
import type { Sentence, Span } from "../../nlp/types.ts";
import { ignoreNote, type SlotNote } from "../evidence.ts";
import { documentsOf } from "./documents.ts";

const WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const COUNT = /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[\w-]+\s+)?documents\b/i;
const SIGNING = /\b(?:sign\w*|adopt\w*|approv\w*|package|inked)\b/i;

const NUM = "\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
// "In total, 11 documents", "a total of 11 documents", "11 documents in all": the total beats any other count.
const TOTAL = new RegExp(`\\b(?:in total|a total of|altogether|overall|total of)\\W+(?:[\\w-]+\\s+){0,3}?(${NUM})\\s+(?:[\\w-]+\\s+)?documents\\b|\\b(${NUM})\\s+(?:[\\w-]+\\s+)?documents\\s+in (?:all|total)\\b`, "i");
// "a Declaration, a Statement and 9 other documents": the named ones count too.
const OTHER = new RegExp(`\\b(${NUM})\\s+other\\s+documents\\b`, "i");

const toNumber = (w: string): number | undefined => (/^\d+$/.test(w) ? Number(w) : WORDS[w.toLowerCase()]);

/** "11 documents were signed", "a package of 15 documents", "approved 15 documents", "in total, 11 documents". */
export function documentsSigned(doc: Doc, sentences: Sentence[], note: SlotNote = ignoreNote): number | null {
  const at = (s: Sentence, m: RegExpExecArray): Span => ({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  for (const s of sentences) {
    const t = TOTAL.exec(doc.slice(s));
    const n = t ? toNumber(t[1] ?? t[2]!) : undefined;
    if (n && t) {
      note("documents_signed", n, at(s, t), "count:total");
      return n;
    }
  }
  for (const s of sentences) {
    const text = doc.slice(s);
    const m = COUNT.exec(text);
    if (!m || !SIGNING.test(text)) continue;
    const n = toNumber(m[1]!);
    if (!n) continue;
    // "and 9 other documents" after named ones: the count is the others plus those named in the sentence.
    const total = OTHER.test(text) ? n + documentsOf(doc, [s]).length : n;
    note("documents_signed", total, at(s, m), total === n ? "count:documents" : "count:others-plus-named");
    return total;
  }
  return null;
}
