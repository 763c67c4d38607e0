import type { Doc } from "../../nlp/doc.ts";
import type { Entity, Span } from "../../nlp/types.ts";

/**
 * A sentence with every state mention (a country, or a demonym standing for its country) replaced by a marker
 * "⟪S3⟫", so that rules are plain regular expressions over words and markers.
 */
export interface Template {
  text: string;
  states: StateMention[];
  /** Maps an offset of the template text back to the Doc's text. */
  toDoc(offset: number): number;
}

export interface StateMention extends Span {
  country: string;
  demonym: boolean;
}

export const STATE_MARK = "⟪S(\\d+)⟫";

interface Piece {
  at: number;
  docAt: number;
  length: number;
  docEnd: number;
  mark: boolean;
}

export function templateOf(doc: Doc, sentence: Span): Template {
  const ents = doc
    .entsIn(sentence)
    .filter((e: Entity) => e.label === "COUNTRY" || e.label === "DEMONYM")
    .sort((a, b) => a.start - b.start);
  const states: StateMention[] = [];
  const pieces: Piece[] = [];
  let text = "";
  let cursor = sentence.start;
  const plain = (to: number) => {
    if (to <= cursor) return;
    pieces.push({ at: text.length, docAt: cursor, length: to - cursor, docEnd: to, mark: false });
    text += doc.text.slice(cursor, to);
  };
  for (const e of ents) {
    if (e.start < cursor) continue;
    plain(e.start);
    const mark = `⟪S${states.length}⟫`;
    pieces.push({ at: text.length, docAt: e.start, length: mark.length, docEnd: e.end, mark: true });
    states.push({ start: e.start, end: e.end, country: e.label === "DEMONYM" ? (e.org ?? e.norm) : e.norm, demonym: e.label === "DEMONYM" });
    text += mark;
    cursor = e.end;
  }
  plain(sentence.end);
  const toDoc = (offset: number) => {
    const p = [...pieces].reverse().find((x) => x.at <= offset) ?? pieces[0];
    if (!p) return sentence.start;
    if (offset >= p.at + p.length) return p.docEnd;
    return p.mark ? p.docAt : p.docAt + (offset - p.at);
  };
  return { text, states, toDoc };
}
