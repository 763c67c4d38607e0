import type { Doc } from "../../nlp/doc.ts";
import type { Span } from "../../nlp/types.ts";
import type { PersonFact } from "../types.ts";
import { findCountry, findDemonym } from "../../data/places.ts";
import { findOrg } from "../../data/organizations.ts";

const PRONOUN = /^(?:he|she|him|her)$/i;
// Generic words for the holder of the top office of a state.
const HEAD = /\b(?:leader|head of (?:the )?state|head of government|president|chief executive)\b/i;
const ROLE_WORD = /\b(?:leader|head|president|minister|secretary|chairman|chair|premier|chief|commander|general|spokes(?:man|woman|person)|ambassador|envoy|director|deputy|representative|official)\b/i;

/** The person a quote's cue names: a name, a pronoun (the last person the text was about) or a role phrase. */
export function resolveSpeaker(doc: Doc, people: PersonFact[], cue: Span, before: number): PersonFact | null {
  const words = doc.text.slice(cue.start, cue.end).replace(/\s+/g, " ").trim();
  const named = doc.entsIn(cue, "PERSON")[0];
  if (named) return people.find((p) => p.name === named.norm) ?? null;
  if (PRONOUN.test(words)) return antecedent(doc, people, before);
  if (ROLE_WORD.test(words) && words.split(" ").length <= 8) return byRole(doc, people, words, before);
  return null;
}

/** The subject of the nearest earlier sentence that names a person or a role ("The Secretary General congratulated..."). */
function antecedent(doc: Doc, people: PersonFact[], before: number): PersonFact | null {
  const sentence = doc.sentenceAt(before);
  const from = sentence ? sentence.index : doc.sentences.length - 1;
  for (let i = from; i >= Math.max(0, from - 4); i--) {
    const s = doc.sentences[i]!;
    const end = i === from ? before : s.end;
    const inQuote = (x: number) => doc.quotes.some((q) => q.start <= x && x < q.end) || /^[“"]/.test(doc.text.slice(s.start, s.start + 1));
    const subject = doc.text.slice(s.start, end).match(/^(?:[^,“"]{0,40},\s*)?((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}?)(?=\s*(?:[\p{Ll}]+ed|said|says|stressed|noted|added|met|told|congratulated|has|had|is|was|will|also|called|urged|expressed|spoke|highlighted)\b)/iu);
    if (subject && !inQuote(s.start)) {
      const subjSpan = { start: s.start + subject.index! + (subject[0].length - subject[1]!.length), end: s.start + subject.index! + subject[0].length };
      const person = doc.entsIn({ start: subjSpan.start, end: subjSpan.end + 40 }, "PERSON").find((e) => e.start < subjSpan.end + 2);
      if (person) return people.find((p) => p.name === person.norm) ?? null;
      const role = byRole(doc, people, subject[1]!, end);
      if (role && ROLE_WORD.test(subject[1]!)) return role;
    }
    const last = doc.entsIn({ start: s.start, end }, "PERSON").filter((e) => !inQuote(e.start)).pop();
    if (last && i < from) return people.find((p) => p.name === last.norm) ?? null;
  }
  return null;
}

/** "the Kazakh leader", "the CSTO Secretary General", "the head of state", "the minister". */
function byRole(doc: Doc, people: PersonFact[], phrase: string, before: number): PersonFact | null {
  const owner = ownerIn(phrase);
  const wantsHead = HEAD.test(phrase);
  const titleWords = (phrase.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => ROLE_WORD.test(w) && !/^(?:leader|head)$/.test(w));
  const fits = people.filter((p) =>
    p.roles.some((r) => {
      if (owner && r.of !== owner) return false;
      const t = r.title.toLowerCase();
      if (wantsHead && /^(?:acting )?(?:president|head of state|prime minister|chairman|emir|king)/.test(t)) return true;
      return titleWords.length > 0 && titleWords.every((w) => t.includes(w));
    }),
  );
  if (fits.length <= 1) return fits[0] ?? null;
  // Several fit: the one mentioned last before the quote.
  const lastMention = (p: PersonFact) => Math.max(-1, ...p.evidence.filter((e) => e.start < before).map((e) => e.start));
  return [...fits].sort((a, b) => lastMention(b) - lastMention(a))[0]!;
}

function ownerIn(phrase: string): string | null {
  for (const w of phrase.split(/[\s,]+/)) {
    const bare = w.replace(/['’]s$/, "");
    const hit = findDemonym(bare)?.name ?? findCountry(bare)?.name ?? (/^\p{Lu}{2,}$/u.test(bare) ? findOrg(bare)?.abbr : undefined);
    if (hit) return hit;
  }
  return null;
}
