import type { Entity, Span } from "../types.ts";
import { FIRST_NAMES, NON_NAME, SURNAME_ENDING } from "./vocab.ts";
import { findCountry } from "../../data/places.ts";
import { compatibleFirst, sameSurname, surnameOf } from "./name-keys.ts";

const NAME = String.raw`\p{Lu}[\p{Ll}’'\p{Lu}]*\p{Ll}[\p{Ll}’']*(?:-\p{Lu}?\p{Ll}+)*`;
const INITIAL = String.raw`\p{Lu}\.`;
const PARTICLE = String.raw`(?:bin|ibn|al|Al|el|de|van|von|der|ul)`;
const GAP = String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`;
const SEQ = new RegExp(String.raw`(?<![\p{L}.])(?:${INITIAL}${GAP}?)?${NAME}(?:${GAP}(?:${PARTICLE}${GAP})?${NAME})*`, "gu");

const SPEECH_AFTER = /^[,]?\s*(?:said|says|told|noted|stressed|added|stated|emphasi[sz]ed|underlined|remarked|explained|reminded|recalled|concluded|summed|declared|announced|informed|expressed|assured|urged|called|proposed|suggested|believes|thinks|pointed|was quoted|has met|met|visited|arrived|attended|took part|participated|chaired|presided|congratulated|highlighted|underscored|welcomed|acknowledged|positively)\b/;
const TITLE_BEFORE = /\b(?:president|minister|secretary|general|gen\.|col\.|chairman|chair|chief|commander|head|emir|king|premier|ambassador|spokes(?:man|woman|person)|deputy|acting|sheikh|mr\.?|mrs\.?|ms\.?|dr\.?|director|speaker|representative|leader|by|presidents|heads|assistant)\b[^.;:\n]{0,40}$/i;

interface Candidate extends Span {
  tokens: string[];
  text: string;
}

/** Person mentions: full names found by shape and context, then surnames and initials resolved to them. */
export function personEntities(text: string, taken: Span[]): Entity[] {
  const full: Candidate[] = [];
  const singles: Candidate[] = [];
  for (const m of text.matchAll(SEQ)) {
    for (const seg of segments(m[0], m.index)) {
      if (overlaps(seg, taken)) continue;
      (seg.tokens.length >= 2 && !/^\p{Lu}\.$/u.test(seg.tokens[0]!) ? full : singles).push(seg);
    }
  }
  const accepted = full.filter((c) => isPersonLike(text, c));
  const canon = canonicalNames(accepted.map((c) => c.text));
  const out: Entity[] = accepted.map((c) => entity(c, canon(c.text) ?? c.text, "person:full"));
  for (const s of singles) {
    const resolved = canon(s.text);
    if (resolved) out.push(entity(s, resolved, "person:surname"));
    else if (s.tokens.length === 1 && SPEECH_AFTER.test(text.slice(s.end, s.end + 30)) && looksLikeSurname(s.tokens[0]!)) {
      out.push(entity(s, s.text, "person:speaker-surname"));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function entity(c: Candidate, norm: string, rule: string): Entity {
  return { start: c.start, end: c.end, label: "PERSON", text: c.text, norm, rule };
}

/** Splits a capitalized run at words that name things, not people ("Kazakh President Nursultan Nazarbayev"). */
function segments(run: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const re = /\S+/g;
  let cur: { start: number; end: number; tokens: string[] } | null = null;
  const flush = () => {
    if (cur) {
      while (cur.tokens.length && /^(?:bin|ibn|al|el|de|van|von|der|ul)$/i.test(cur.tokens[cur.tokens.length - 1]!)) cur.tokens.pop();
      if (cur.tokens.length) out.push({ start: cur.start, end: cur.end, tokens: cur.tokens, text: "" });
    }
    cur = null;
  };
  for (const m of run.matchAll(re)) {
    const w = m[0];
    const bad = NON_NAME.has(w.toLowerCase().replace(/[’']s$/, "")) || /[’']s$/.test(w);
    if (bad) { flush(); continue; }
    const start = offset + m.index;
    if (!cur) cur = { start, end: start + w.length, tokens: [w] };
    else { cur.end = start + w.length; cur.tokens.push(w); }
  }
  flush();
  return out.map((c) => ({ ...c, text: c.tokens.join(" ") }));
}

function isPersonLike(text: string, c: Candidate): boolean {
  const first = c.tokens[0]!;
  const last = c.tokens[c.tokens.length - 1]!;
  if (c.tokens.length > 5) return false;
  if (FIRST_NAMES.has(first)) return true;
  if (looksLikeSurname(last) && SURNAME_ENDING.test(last.toLowerCase())) return true;
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  if (TITLE_BEFORE.test(before)) return true;
  if (SPEECH_AFTER.test(text.slice(c.end, c.end + 30))) return true;
  if (/^,\s*(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:President|Prime Minister|Minister|Secretary|Chairman|Chief|Commander|Head|Deputy|Acting|Emir|King|representative|leader)/iu.test(text.slice(c.end, c.end + 40))) return true;
  const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(text.slice(c.end, c.end + 40));
  if (of && (findCountry(of[1]!) || findCountry(of[1]!.split(/\s+/)[0]!))) return true;
  return /^\s*\((?:[A-Z][a-z]+)\)/.test(text.slice(c.end, c.end + 20)) && looksLikeSurname(last);
}

function looksLikeSurname(w: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}/u.test(w) && !NON_NAME.has(w.toLowerCase());
}

function overlaps(s: Span, spans: Span[]): boolean {
  return spans.some((t) => s.start < t.end && t.start < s.end);
}

/**
 * Maps any form of a name in the article (full, surname alone, initial + surname, transliteration variant) to the
 * fullest form; unknown forms give undefined.
 */
export function canonicalNames(fulls: string[]): (form: string) => string | undefined {
  const names = [...new Set(fulls)].sort((a, b) => b.length - a.length);
  return (form: string) => {
    const parts = form.split(/\s+/);
    const sur = surnameOf(form);
    const first = parts.length > 1 ? parts[0]!.replace(/\.$/, "") : undefined;
    return names.find((n) => {
      const np = n.split(/\s+/);
      return sameSurname(surnameOf(n), sur) && compatibleFirst(first, np.length > 1 ? np[0] : undefined);
    });
  };
}
