import type { Entity, Span } from "../types.ts";
import { firstNameSet, institutionWords, NAME_OR_MONTH, nonNameWords, SURNAME_ENDING } from "./vocab.ts";
import { findCountry } from "../../data/places.ts";
import { derive } from "../../data/current.ts";
import { lexiconPattern } from "../../data/lexicons.ts";
import { compatibleFirst, sameSkeleton, skeleton, surnameOf } from "./name-keys.ts";
import { firstStartingAt } from "../sorted-spans.ts";
import { matchesOf } from "../match-all.ts";

const NAME = String.raw`\p{Lu}[\p{Ll}’'\p{Lu}]*\p{Ll}[\p{Ll}’']*(?:-\p{Lu}?\p{Ll}+)*`;
const INITIAL = String.raw`\p{Lu}\.`;
const PARTICLE = String.raw`(?:bin|ibn|al|Al|el|de|van|von|der|ul)`;
const GAP = String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`;
const SEQ = new RegExp(String.raw`(?<![\p{L}.])(?:${INITIAL}${GAP}?)?${NAME}(?:${GAP}(?:${PARTICLE}${GAP})?${NAME})*`, "gu");

// What follows a person's name and not a thing's ("X said", "X met"): lexicon person-verbs.
// A short aside may stand between them ("Lavrov, in turn, emphasized").
const speechAfter = derive((k) => new RegExp(String.raw`^(?:,\s*(?:in turn|for (?:his|her) part|however|meanwhile|also|in (?:his|her) (?:speech|remarks|turn))\s*,)?[,]?\s*(?:also\s+)?(?:${lexiconPattern("person-verbs", k)})\b`));
// A title word, then only words that can continue a title ("Secretary of the Security Council of Kazakhstan",
// "Minister in charge of Trade", "Chief of the General Staff of the Armed Forces of Russia, First Deputy Defence
// Minister"), then the name. Anything else in between (a verb, "told the") means the name is not the title's holder.
const TITLE_WORDS = `president minister secretary general gen. col. chairman chair chief commander head emir king premier ambassador
spokesman spokeswoman spokesperson deputy acting sheikh mr mr. mrs mrs. ms ms. dr dr. director speaker representative leader
presidents heads assistant counterpart envoy governor mayor senator colonel lieutenant major captain admiral marshal
sir dame lord lady professor`.split(/\s+/);
const anyCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/\./g, "\\.")}`;
const TITLE_GAP = String.raw`(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{L}]*\)|of|the|and|for|to|on|in|charge|affairs|[-–—,])`;
const TITLE_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${TITLE_WORDS.map(anyCase).join("|")})(?:\s+${TITLE_GAP}){0,12}|\b(?:by|By))\s+$`, "u");

// "the Treasury said", "general secretary of Unison, said": a word after an article or a preposition is a thing.
const ARTICLE_BEFORE = /\b(?:the|a|an|of|at|in|from|for|to|with)\s+$/i;

// "Mr Ostapenko entered…": a surname after a personal honorific is a person wherever it stands.
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/;

interface Candidate extends Span {
  tokens: string[];
  text: string;
}

/** Person mentions: full names found by shape and context, then surnames and initials resolved to them. */
export function personEntities(text: string, takenSpans: Span[]): Entity[] {
  const taken = [...takenSpans].sort((a, b) => a.start - b.start);
  const full: Candidate[] = [];
  const singles: Candidate[] = [];
  for (const m of matchesOf(SEQ, text)) {
    for (const seg of segments(text, m[0], m.index)) {
      if (overlaps(seg, taken)) continue;
      (seg.tokens.length >= 2 && !/^\p{Lu}\.$/u.test(seg.tokens[0]!) ? full : singles).push(seg);
    }
  }
  const accepted = full.filter((c) => isPersonLike(text, c));
  const canon = canonicalNames(accepted.map((c) => c.text));
  const out: Entity[] = accepted.map((c) => entity(c, canon(c.text) ?? c.text, "person:full"));
  for (const s of singles) {
    // "Sir Digby" after "Sir Digby Jones": British knights are named by their first name.
    const knight = /\b(?:Sir|Dame)\s+$/.test(text.slice(Math.max(0, s.start - 6), s.start)) && s.tokens.length === 1
      ? accepted.find((c) => c.tokens[0] === s.tokens[0]) : undefined;
    const resolved = knight ? (canon(knight.text) ?? knight.text) : canon(s.text);
    if (resolved) out.push(entity(s, resolved, "person:surname"));
    else if (s.tokens.length === 1 && speechAfter().test(text.slice(s.end, s.end + 30)) && looksLikeSurname(s.tokens[0]!) && !ARTICLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start)) && !commonWord(text, s.tokens[0]!)) {
      out.push(entity(s, s.text, "person:speaker-surname"));
    } else if (s.tokens.length === 1 && HONORIFIC_BEFORE.test(text.slice(Math.max(0, s.start - 5), s.start)) && looksLikeSurname(s.tokens[0]!)) {
      out.push(entity(s, s.text, "person:honorific-surname"));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function entity(c: Candidate, norm: string, rule: string): Entity {
  return { start: c.start, end: c.end, label: "PERSON", text: c.text, norm, rule };
}

/** Splits a capitalized run at words that name things, not people ("Kazakh President Nursultan Nazarbayev"). */
function segments(text: string, run: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const re = /\S+/g;
  let cur: { starts: number[]; tokens: string[] } | null = null;
  const flush = () => {
    if (cur) {
      while (cur.tokens.length && /^(?:bin|ibn|al|el|de|van|von|der|ul)$/i.test(cur.tokens[cur.tokens.length - 1]!)) { cur.tokens.pop(); cur.starts.pop(); }
      const lead = /\b(?:of|for|on|and)\s+$/.test(text.slice(Math.max(0, cur.starts[0]! - 6), cur.starts[0])) ? leadingWords(cur.tokens) : 0;
      const tokens = cur.tokens.slice(lead);
      const starts = cur.starts.slice(lead);
      if (tokens.length) out.push({ start: starts[0]!, end: starts.at(-1)! + tokens.at(-1)!.length, tokens, text: tokens.join(" ") });
    }
    cur = null;
  };
  const nonName = nonNameWords();
  for (const m of matchesOf(re, run)) {
    const w = m[0];
    const start = offset + m.index;
    const month = NAME_OR_MONTH.test(w) && /^(?:\.|,?\s*\d)/.test(text.slice(start + w.length, start + w.length + 4));
    const stem = w.endsWith("s") && /[’']s$/.test(w) ? w.slice(0, -2) : w;
    if (month || nonName.has(stem.toLowerCase())) { flush(); continue; }
    if (!cur) cur = { starts: [start], tokens: [stem] };
    else { cur.starts.push(start); cur.tokens.push(stem); }
    // A possessive ends the name: "President Sadyr Japarov's visit".
    if (stem !== w) flush();
  }
  flush();
  return out;
}

/**
 * After "of"/"for", capitalized words glued before a known first name end the title, not start the name ("Minister of
 * National Economy Alibek X", "in charge of Trade Andrey Y"): their count, when the run does not start with a first name.
 */
function leadingWords(tokens: string[]): number {
  if (tokens.length < 3 || firstNameSet().has(tokens[0]!)) return 0;
  for (let i = 1; i < tokens.length - 1; i++) {
    const w = tokens[i]!;
    if (w.length >= 3 && firstNameSet().has(w) && !firstNameSet().has(tokens[i - 1]!) && !/^\p{Lu}\.$/u.test(tokens[i - 1]!)) return i;
  }
  return 0;
}

function isPersonLike(text: string, c: Candidate): boolean {
  const first = c.tokens[0]!;
  const last = c.tokens[c.tokens.length - 1]!;
  if (c.tokens.length > 5) return false;
  const nextWord = /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(c.end, c.end + 30))?.[1];
  if (nextWord && institutionWords().has(nextWord.toLowerCase())) return false;
  if (firstNameSet().has(first)) return true;
  if (looksLikeSurname(last) && SURNAME_ENDING.test(last.toLowerCase())) return true;
  const before = text.slice(Math.max(0, c.start - 120), c.start);
  if (TITLE_BEFORE.test(before)) return true;
  // A list of delegations: "Belarus – X, Kyrgyzstan – Y".
  const dashed = /(\p{Lu}[\p{L}-]+)\s*[–—-]\s*$/u.exec(before);
  if (dashed && findCountry(dashed[1]!)) return true;
  // A verb of speech after is weak evidence ("Age Concern says"): not when a word of the run is a common word,
  // one the article also writes in lower case.
  if (speechAfter().test(text.slice(c.end, c.end + 30))) return !c.tokens.some((t) => commonWord(text, t));
  if (/^,\s*(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:President|Prime Minister|Minister|Secretary|Chairman|Chief|Commander|Head|Deputy|Acting|Emir|King|representative|leader)/iu.test(text.slice(c.end, c.end + 40))) return true;
  const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(text.slice(c.end, c.end + 40));
  if (of && (findCountry(of[1]!) || findCountry(of[1]!.split(/\s+/)[0]!))) return true;
  return /^\s*\((?:[A-Z][a-z]+)\)/.test(text.slice(c.end, c.end + 20)) && looksLikeSurname(last);
}

/** Whether the word also occurs in lower case in the text (a common word capitalized here, not a name). */
function commonWord(text: string, w: string): boolean {
  const lower = w.toLowerCase();
  if (lower === w || !/^\p{L}+$/u.test(w)) return false;
  // A few letters lower-case into more than letters: then the pattern itself.
  if (!/^\p{L}+$/u.test(lower)) return new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, "u").test(text);
  // Occurrences of the lower-cased word with no letter on either side (code points, as the pattern would see them).
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (!letterBefore(text, i) && !isLetter(text.codePointAt(i + lower.length))) return true;
  }
  return false;
}

const isLetter = (cp: number | undefined): boolean => cp !== undefined && /\p{L}/u.test(String.fromCodePoint(cp));

function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return isLetter(text.codePointAt(pair ? i - 2 : i - 1));
}

function looksLikeSurname(w: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}/u.test(w) && !nonNameWords().has(w.toLowerCase());
}

/** Whether a span overlaps any of `spans` (sorted by start, as the gazetteer returns them): a binary search, not a scan. */
function overlaps(s: Span, spans: Span[]): boolean {
  // Spans are disjoint, so only the last one starting before s ends can reach into it.
  const t = spans[firstStartingAt(spans, s.end) - 1];
  return !!t && t.end > s.start;
}

/**
 * Maps any form of a name in the article (full, surname alone, initial + surname, transliteration variant) to the
 * fullest form; unknown forms give undefined.
 */
export function canonicalNames(fulls: string[]): (form: string) => string | undefined {
  // Candidates come from the names whose surname skeleton starts or ends with the same letter (one edit changes at
  // most one of the two), so a long article's thousands of mentions are not each compared with every name.
  const names = [...new Set(fulls)].sort((a, b) => b.length - a.length).map((n, order) => {
    const np = n.split(/\s+/);
    const sur = surnameOf(n);
    return { n, order, sur, first: np.length > 1 ? np[0] : undefined, key: skeleton(sur) };
  });
  const byEnd = new Map<string, typeof names>();
  for (const x of names) for (const k of new Set([`^${x.key[0] ?? ""}`, `$${x.key.at(-1) ?? ""}`])) byEnd.set(k, [...(byEnd.get(k) ?? []), x]);
  const seen = new Map<string, string | undefined>();
  // The candidates of a skeleton's first and last letter, in order; many forms share a pair.
  const pools = new Map<string, typeof names>();
  const poolOf = (key: string) => {
    const k = `${key[0] ?? ""}\n${key.at(-1) ?? ""}`;
    let pool = pools.get(k);
    if (!pool) pools.set(k, (pool = [...new Set([...(byEnd.get(`^${key[0] ?? ""}`) ?? []), ...(byEnd.get(`$${key.at(-1) ?? ""}`) ?? [])])].sort((a, b) => a.order - b.order)));
    return pool;
  };
  return (form: string) => {
    if (seen.has(form)) return seen.get(form);
    const parts = form.split(/\s+/);
    const sur = surnameOf(form);
    const key = skeleton(sur);
    const first = parts.length > 1 ? parts[0]!.replace(/\.$/, "") : undefined;
    const hit = poolOf(key).find((x) => sameSkeleton(x.key, key) && compatibleFirst(first, x.first))?.n;
    seen.set(form, hit);
    return hit;
  };
}
