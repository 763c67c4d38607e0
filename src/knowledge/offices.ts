import { findTitle } from "../data/titles.ts";
import { canonicalOf } from "./canonical.ts";
import { compareDates } from "./dates.ts";
import { identityIndex, type Identity } from "./person-identities.ts";
import { roleDate } from "./role-dates.ts";
import { SourcedValues } from "./sourced.ts";
import { compareRefs, refKey, type FactRef, type KnowledgeArticle, type Sourced } from "./types.ts";

/** One holder of an office over the dates the sources attest. */
export interface OfficeTerm {
  person: string;
  personKey: string;
  acting: boolean;
  /** Earliest and latest attested dates. */
  from: string | null;
  to: string | null;
  /** When the next holder is first attested (the term ended by then). */
  until: string | null;
  dates: Sourced<string>[];
  sources: FactRef[];
}

export interface Office {
  title: string;
  of: string | null;
  holders: OfficeTerm[];
}

/** One role of one person mention, dated, with its office. */
export interface RoleRecord {
  /** The person mention. */
  ref: FactRef;
  title: string;
  of: string | null;
  acting: boolean;
  date: string | null;
}

/** Splits "Acting Prime Minister" into the office and the acting flag; canonical title names from data/titles.json. */
export function officeTitle(title: string, acting = false): { title: string; acting: boolean; former: boolean } {
  const m = /^\s*(acting|interim|former|ex-)\s+(.*)$/i.exec(title);
  const mod = m?.[1]?.toLowerCase();
  const bare = (m?.[2] ?? title).trim();
  return { title: findTitle(bare)?.title ?? bare, acting: acting || mod === "acting" || mod === "interim", former: mod === "former" || mod === "ex-" };
}

export const officeKey = (title: string, of: string | null) => `${title.toLowerCase()}|${(of ?? "").toLowerCase()}`;

/** The dated roles of an article's people; a former holder says nothing about who holds the office then. */
export function roleRecords(a: KnowledgeArticle): RoleRecord[] {
  return a.people.flatMap((p, index) => {
    const ref: FactRef = { article: a.slug, index, ...(a.articleId === undefined ? {} : { articleId: a.articleId }) };
    return p.roles.flatMap((role) => {
      const t = officeTitle(role.title, role.acting);
      return t.former ? [] : [{ ref, title: t.title, of: canonicalOf(role.of), acting: t.acting, date: roleDate(a, role.evidence ?? p.evidence) }];
    });
  });
}

/** Holders of every office, each a dated interval, ordered by when they are first attested. */
export function buildOffices(articles: readonly KnowledgeArticle[], identities: readonly Identity[]): Office[] {
  const byRef = identityIndex(identities);
  return officesFrom(articles.flatMap(roleRecords).flatMap((record) => {
    const id = byRef.get(refKey(record.ref));
    return id ? [{ record, person: { key: id.key, name: id.name } }] : [];
  }));
}

interface Term {
  person: { key: string; name: string };
  acting: boolean;
  dates: SourcedValues<string>;
  sources: FactRef[];
}

/** Offices from role records already resolved to person identities (the store keeps them this way). */
export function officesFrom(rows: readonly { record: RoleRecord; person: { key: string; name: string } }[]): Office[] {
  const offices = new Map<string, { title: string; of: string | null; terms: Map<string, Term> }>();
  for (const { record: r, person } of rows) {
    const k = officeKey(r.title, r.of);
    const office = offices.get(k) ?? { title: r.title, of: r.of, terms: new Map<string, Term>() };
    offices.set(k, office);
    const tk = `${person.key}|${r.acting}`;
    const term = office.terms.get(tk) ?? { person, acting: r.acting, dates: new SourcedValues<string>(), sources: [] };
    office.terms.set(tk, term);
    term.dates.add(r.date, r.ref);
    if (!term.sources.some((s) => compareRefs(s, r.ref) === 0)) term.sources.push(r.ref);
  }
  return [...offices.values()].map((o) => ({ title: o.title, of: o.of, holders: orderTerms([...o.terms.values()]) }))
    .sort((a, b) => (officeKey(a.title, a.of) < officeKey(b.title, b.of) ? -1 : 1));
}

function orderTerms(terms: Term[]): OfficeTerm[] {
  const out: OfficeTerm[] = terms.map((t) => {
    const dates = t.dates.list();
    const sorted = dates.map((d) => d.value).sort(compareDates);
    return {
      person: t.person.name, personKey: t.person.key, acting: t.acting, from: sorted[0] ?? null, to: sorted[sorted.length - 1] ?? null,
      until: null, dates, sources: [...t.sources].sort(compareRefs),
    };
  });
  out.sort((a, b) => compareDates(a.from, b.from) || (a.personKey < b.personKey ? -1 : 1));
  out.forEach((t, i) => {
    const next = out.slice(i + 1).find((n) => n.personKey !== t.personKey && n.from && t.to && n.from > t.to);
    t.until = next?.from ?? null;
  });
  return out;
}
