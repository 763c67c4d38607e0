import type { Doc } from "../../nlp/doc.ts";
import type { Span } from "../../nlp/types.ts";
import type { PersonFact } from "../types.ts";
import { findCountry, findDemonym } from "../../data/places.ts";
import { findOrg } from "../../data/organizations.ts";
import { pronounFits } from "./gender.ts";
import { subjectPerson } from "../../nlp/quotes/subject.ts";
import { canonicalTitle, titleFit, titlesIn } from "./role-match.ts";

const PRONOUN = /^(?:he|she|him|her)$/i;
// Generic words for the holder of the top office of a state.
const HEAD = /\b(?:leader|head of (?:the )?state|head of government|president|chief executive)\b/i;
const ROLE_WORD = /\b(?:leader|head|president|minister|secretary|chairman|chair|premier|chief|commander|general|spokes(?:man|woman|person)|ambassador|envoy|director|deputy|representative|official)\b/i;

/** The person a quote's cue names: a name, a pronoun (the last person the text was about) or a role phrase. */
export interface Resolved {
  person: PersonFact;
  /** The rule that chose the speaker, and the words it read (a name elsewhere in the text for a pronoun). */
  rule: string;
  span?: Span;
}

export function resolveSpeaker(doc: Doc, people: PersonFact[], cue: Span, before: number): Resolved | null {
  const words = doc.text.slice(cue.start, cue.end).replace(/\s+/g, " ").trim();
  const named = subjectPerson(doc, cue);
  const as = (person: PersonFact | null | undefined, rule: string, span?: Span): Resolved | null => (person ? { person, rule, ...(span ? { span } : {}) } : null);
  if (named) return as(people.find((p) => p.name === named.norm), "speaker:subject-name", named);
  if (PRONOUN.test(words)) return as(antecedent(doc, people, before, words), "speaker:pronoun-antecedent", cue);
  if (ROLE_WORD.test(words) && words.split(" ").length <= 8) return as(byRole(doc, people, words, before), "speaker:role-phrase", cue);
  return null;
}

/** The subject of the nearest earlier sentence that names a person or a role ("The Secretary General congratulated..."). */
function antecedent(doc: Doc, people: PersonFact[], before: number, pronoun: string): PersonFact | null {
  const sentence = doc.sentenceAt(before);
  const from = sentence ? sentence.index : doc.sentences.length - 1;
  const fits = (norm: string) => (pronounFits(pronoun, norm) ? (people.find((p) => p.name === norm) ?? null) : null);
  for (let i = from; i >= Math.max(0, from - 4); i--) {
    const s = doc.sentences[i]!;
    const end = i === from ? before : s.end;
    const inQuote = (x: number) => doc.quotes.some((q) => q.start <= x && x < q.end) || /^[“"]/.test(doc.text.slice(s.start, s.start + 1));
    const subject = doc.text.slice(s.start, end).match(/^(?:[^,“"]{0,40},\s*)?((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}?)(?=\s*(?:[\p{Ll}-]+ed|said|says|stressed|noted|added|met|told|congratulated|has|had|is|was|will|also|called|urged|expressed|spoke|highlighted)\b)/iu);
    if (subject && !inQuote(s.start)) {
      const subjSpan = { start: s.start + subject.index! + (subject[0].length - subject[1]!.length), end: s.start + subject.index! + subject[0].length };
      const person = doc.entsIn({ start: subjSpan.start, end: subjSpan.end + 40 }, "PERSON")
        .find((e) => e.start < subjSpan.end + 2 && !/^[’']s\b/.test(doc.text.slice(e.end, e.end + 3)));
      // "He told…": that sentence's subject is itself a pronoun; its antecedent lies further back.
      if (!person && PRONOUN.test(subject[1]!.trim())) continue;
      const found = person ? fits(person.norm) : null;
      if (found) return found;
      if (!person && ROLE_WORD.test(subject[1]!)) {
        // "The Secretary General thanked…" names its holder; "Tony Blair's official spokesman declined…" names an
        // unnamed somebody, who is the antecedent: nobody in the article.
        const role = byRole(doc, people, subject[1]!, end);
        return role && pronounFits(pronoun, role.name) ? role : null;
      }
    }
    // No subject found: the first person the sentence names outside quotations (the subject more often than not).
    const named = doc.entsIn({ start: s.start, end }, "PERSON").filter((e) => !inQuote(e.start)).map((e) => fits(e.norm)).find(Boolean);
    if (named && i < from) return named;
  }
  return null;
}

/** "the Kazakh leader", "the CSTO Secretary General", "the head of state", "the minister", "the Russian premier". */
function byRole(doc: Doc, people: PersonFact[], phrase: string, before: number): PersonFact | null {
  const owner = ownerIn(phrase);
  const wanted = titlesIn(phrase);
  // "leader", "head", "chief" alone: the top office of the state or organization the phrase names.
  const wantsTop = HEAD.test(phrase) || (/\b(?:head|chief)\b/i.test(phrase) && !!owner && wanted.every((w) => /^(?:head|chief)$/.test(w)));
  const score = (p: PersonFact) =>
    Math.max(0, ...p.roles.map((r) => {
      if (owner && r.of !== owner) return 0;
      const t = canonicalTitle(r.title);
      const fit = Math.max(0, ...wanted.map((w) => titleFit(t, w)));
      const top = wantsTop ? (TOP_OF_STATE.test(t) ? 1.5 : TOP.test(t) ? 1 : 0) : 0;
      return Math.max(fit, top);
    }));
  const scored = people.map((p) => ({ p, s: score(p) })).filter((x) => x.s > 0);
  const best = Math.max(0, ...scored.map((x) => x.s));
  const fits = scored.filter((x) => x.s === best).map((x) => x.p);
  if (fits.length <= 1) return fits[0] ?? null;
  // Several fit: the one mentioned last before the quote.
  const lastMention = (p: PersonFact) => Math.max(-1, ...p.evidence.filter((e) => e.start < before).map((e) => e.start));
  return [...fits].sort((a, b) => lastMention(b) - lastMention(a))[0]!;
}

// Canonical titles (see role-match.ts) of the top office: of a state first, then of a government or organization.
const TOP_OF_STATE = /^(?:president|head of state|emir|king)$/;
const TOP = /^(?:prime minister|head of government|chairman(?: of the cabinet of ministers)?|chancellor|secretary general|executive secretary|chairman of the executive committee|head)$/;

function ownerIn(phrase: string): string | null {
  for (const w of phrase.split(/[\s,]+/)) {
    const bare = w.replace(/['’]s$/, "");
    const hit = findDemonym(bare)?.name ?? findCountry(bare)?.name ?? (/^\p{Lu}{2,}$/u.test(bare) ? findOrg(bare)?.abbr : undefined);
    if (hit) return hit;
  }
  return null;
}
