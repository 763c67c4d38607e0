import type { Doc } from "../../nlp/doc.ts";
import type { Entity } from "../../nlp/types.ts";
import { findCountry, findDemonym } from "../../data/places.ts";
import { knownOwner } from "../common/known-offices.ts";
import { groupTitleBefore } from "./group-title.ts";
import { respectiveRole } from "./respectively.ts";
import { parseRoles, type ParsedRole } from "./parse-role.ts";
import { derive } from "../../data/current.ts";
import { escapeRe } from "../../nlp/entities/phrase-regex.ts";

export interface RoleMention extends ParsedRole {
  person: string;
  start: number;
  end: number;
  rule: string;
}

// Military ranks and honorifics between a title and the name ("Director of X, Major General Y"): not part of the title.
const rankAtEnd = derive((k) => {
  const forms = [...k.titles.ranks, ...k.titles.honorifics].sort((a, b) => b.length - a.length).map((r) => escapeRe(r).replace(/[- ]/g, "[- ]"));
  return new RegExp(String.raw`(?<![\p{L}])(?<!Secretary[\s-])(?:${forms.join("|")})(?:\s+|$)(?:(?:${forms.join("|")})\s*)*$`, "iu");
});

/** The roles the text gives each person mention: before the name, in an apposition, in a list, as a predicate. */
export function roleMentions(doc: Doc): RoleMention[] {
  const out: RoleMention[] = [];
  const persons = doc.ents.filter((e) => e.label === "PERSON");
  for (const p of persons) {
    const s = doc.sentenceAt(p.start);
    if (!s) continue;
    const prevPerson = persons.filter((q) => q.end <= p.start && q.start >= s.start).at(-1);
    const nextPerson = persons.find((q) => q.start >= p.end && q.end <= s.end);
    const pre = doc.text.slice(Math.max(s.start, prevPerson?.end ?? s.start), p.start);
    const post = doc.text.slice(p.end, nextPerson?.start ?? s.end);
    const add = (roles: ParsedRole[], rule: string, start: number, end: number) => {
      for (const r of roles) {
        // A title with no owner in the text takes it from the known terms of office, if exactly one fits.
        const represented = r.of ? null : representedBy(pre);
        // "Prime Minister Anwar Ibrahim of Malaysia": the owner after the name.
        const after = r.of || represented || rule !== "role:prefix" ? null : ownerAfterName(post);
        const of = r.of ?? represented ?? after ?? knownOwner(r.title, p.norm);
        const how = r.of ? "" : represented ? "+represented-by" : after ? "+owner-after-name" : "+known-office";
        if (of) out.push({ ...r, of, person: p.norm, start, end, rule: rule + how });
      }
    };
    // "At the parade, Belarus's Chief of the General Staff, Pavel Muraveiko, said": the title framed by commas
    // is the name's when it names its own owner.
    const framed = !prevPerson && /^\s*,/.test(post) && (/^[^,]+,\s*$/.test(pre) || /(?:^|,\s*)\p{Lu}[\p{L}-]+['’]s\s[^,]+,\s*$/u.test(pre));
    add(prefixRoles(framed ? pre.replace(/,\s*$/, " ") : pre), "role:prefix", p.start - pre.length, p.end);
    const hasPrefix = out.some((r) => r.start === p.start - pre.length && r.person === p.norm);
    if (!(nextPerson && hasPrefix && leadsIntoNext(post))) add(appositionRoles(post), "role:apposition", p.start, p.end + post.length);
    add(predicateRoles(post), "role:predicate", p.start, p.end + post.length);
    // "X met his Kyrgyz counterpart Y": Y holds X's title, in the counterpart's country.
    const counterpart = /\b(?:his|her|their|its)\s+([\p{Lu}][\p{L}-]+?)(?:['’]s)?\s+counterparts?,?\s*$/u.exec(pre);
    const theirs = counterpart && prevPerson ? out.find((r) => r.person === prevPerson.norm) : undefined;
    const country = counterpart ? (findDemonym(counterpart[1]!) ?? findCountry(counterpart[1]!)) : undefined;
    if (theirs && country) add([{ title: theirs.title, of: country.name, acting: false }], "role:counterpart", p.start - pre.length, p.end);
    const listed = listedRole(doc, p, pre, post, s.start);
    if (listed) add([listed], "role:list", s.start, p.end + post.length);
  }
  return out;
}

/** The title phrase that ends right at the name: "Kazakh President ", "Chairman of X, Defense Minister of Armenia ". */
function prefixRoles(pre: string): ParsedRole[] {
  const chunks = pre.split(/,\s*/);
  const roles: ParsedRole[] = [];
  let first = true;
  for (let i = chunks.length - 1; i >= 0; i--) {
    const raw = chunks[i]!;
    const chunk = raw.replace(rankAtEnd(), "").trim();
    // A bare comma right before the name: the title before it belongs to somebody else.
    if (first && !raw.trim()) break;
    if (!chunk) continue;
    const found = parseRoles(lastClause(chunk));
    if (!found.length) break;
    if (first && !/(?:\p{Ll}|\)|\p{Lu}{2,})$/u.test(chunk)) break;
    roles.unshift(...found);
    if (!first && !/(?:^|\s)(?:of|to)\s/i.test(chunk)) break;
    first = false;
  }
  // "Chief of the General Staff of the Armed Forces of Russia, First Deputy Defence Minister X": one owner for both.
  const owner = roles.find((r) => r.of)?.of;
  return owner ? roles.map((r) => (r.of ? r : { ...r, of: owner })) : roles;
}

/** The part of a chunk after the last verb-like or clause word, so "met with CSTO Secretary General" keeps the title. */
function lastClause(chunk: string): string {
  const parts = chunk.split(/\b(met with|with|by|including|and|as well as|said|told|that|while|when|of whom)\s+(?=(?:the\s+)?(?:\p{Lu}|acting|deputy|first))/u);
  const last = parts.at(-1) ?? chunk;
  // "Chinese State Councilor and Foreign Minister": two titles of one person, not a second clause.
  const sep = parts.at(-2);
  const before = parts.at(-3);
  if (sep === "and" && before !== undefined && endsWithTitle(before) && startsWithTitle(last)) return `${lastClause(before)} and ${last}`;
  return last;
}

const endsWithTitle = (s: string) => parseRoles(s).length > 0 && /\p{L}\s*$/u.test(s) && parseRoles(s.trim().split(/\s+/).slice(-5).join(" ")).length > 0;
const startsWithTitle = (s: string) => {
  const r = parseRoles(s.split(/\s+/).slice(0, 4).join(" "));
  return r.length > 0 && r[0]!.of === null && !/^(?:the\s+)?\p{Lu}{2,}/u.test(s);
};

/** ", the President of Russia," / ", CSTO Deputy Secretary-General said" right after the name. */
function appositionRoles(post: string): ParsedRole[] {
  const m = /^\s*,\s*((?:the\s+|a\s+|an\s+)?[^,;.:]*?)(?:,|\.|;|:\s*$|\s+(?:said|says|stated|noted|stressed|added|told|at|in|who|has|had|was|is|will|arrived|spoke|called)\b)/iu.exec(post);
  if (!m || /\b(?:representative|leader)\b/i.test(m[1]!)) return [];
  // "a spokesman for the CSTO Secretariat": "for" names the owner as "of" does.
  return parseRoles(m[1]!.replace(/^(?:a|an)\s+/i, "").replace(/\s+for\s+(?=the\s|\p{Lu})/u, " of "));
}

function ownerAfterName(post: string): string | null {
  const m = /^\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+){0,2})(?=[,.;:]|\s+(?:and|said|says|told|noted|arrived|met|who|has|had|was|is|will)\b|\s*$)/u.exec(post);
  return m ? (findCountry(m[1]!)?.name ?? null) : null;
}

/** "Turkmenistan will be represented by Deputy Prime Minister …": the state a title without owner belongs to. */
function representedBy(pre: string): string | null {
  const m = /([\p{Lu}][\p{L}-]+)\s+(?:will\s+be|was|is|has\s+been|were|are)\s+represented\s+by\s+(?:its\s+)?[^,;]*$/u.exec(pre);
  return m ? (findCountry(m[1]!)?.name ?? null) : null;
}

/** ", Emir of Qatar, Sheikh " before the next name: the phrase introduces the next person. */
function leadsIntoNext(post: string): boolean {
  const m = /^\s*,[^,;.]*,([^,;.]*)$/.exec(post);
  return !!m && !m[1]!.replace(rankAtEnd(), "").trim();
}

/** "X will serve as the CSTO Secretary General", "X has been appointed Chairman of ...". */
function predicateRoles(post: string): ParsedRole[] {
  const m = /^(?:,[^,]*,)?\s+(?:will serve as|serves as|has been appointed(?: as)?|was appointed(?: as)?|was elected(?: as)?|has been elected(?: as)?|became|will become)\s+((?:the\s+)?[^,;.]+)/i.exec(post);
  return m ? parseRoles(m[1]!) : [];
}

/** "presidents A of Kazakhstan, B of Belarus", "(Armenia)", "Belarus – B", "Armenia headed by A". */
function listedRole(doc: Doc, p: Entity, pre: string, post: string, sentenceStart: number): ParsedRole | null {
  const respective = respectiveRole(doc, p, sentenceStart);
  if (respective !== undefined) return respective;
  const country =
    /^\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}\s-]{2,30}?)(?=[,.;]|\s+and\b|$)/u.exec(post)?.[1] ??
    /^\s*\(([\p{Lu}][\p{L}\s-]+)\)/u.exec(post)?.[1] ??
    /([\p{Lu}][\p{L}-]+)\s*(?:[–—-]|headed by)\s*$/u.exec(pre)?.[1] ??
    // "will bring together the presidents: Russia Vladimir Putin, Belarus Alexander Lukashenko, …"
    /(?:[:,]|\band)\s+([\p{Lu}][\p{L}-]+)\s+$/u.exec(pre)?.[1];
  const c = country ? findCountry(country.trim()) : undefined;
  if (!c) return null;
  const title = groupTitleBefore(doc.text.slice(sentenceStart, p.start), p.start - sentenceStart);
  return title ? { title, of: c.name, acting: false } : null;
}
