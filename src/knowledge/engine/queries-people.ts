import { readGroups } from "./group-read.ts";
import type { EventFact, QuoteFact } from "../../extract/types.ts";
import type { OfficeRow, PersonDetail, PersonSummary } from "../api.ts";
import { canonicalOf } from "../canonical.ts";
import { fold } from "../../data/load.ts";
import { officesFrom, officeTitle } from "../offices.ts";
import { firstRelation, surnameRelation } from "../person-identity.ts";
import { parseName } from "../person-name.ts";
import { refKey } from "../types.ts";
import { timelineRow, type EventGroup, type PersonGroup } from "./group-data.ts";
import type { KnowledgeRepo, MentionRecord } from "./repo.ts";

/** Loose name match, for a query typed by a user or for names within one article (where context is shared). */
export function namesMatch(a: string, b: string): boolean {
  const x = parseName(a);
  const y = parseName(b);
  return surnameRelation(x.key, y.key) !== "none" && firstRelation(x, y) !== "different";
}

export async function personDetails(repo: KnowledgeRepo, name: string): Promise<PersonDetail[]> {
  const groups = ((await readGroups(repo, "person")) as PersonGroup[]).filter((g) => g.names.some((n) => namesMatch(name, n.value)));
  const roles = await repo.roles();
  return Promise.all(groups.map(async (g) => {
    const offices = officesFrom(roles.filter((r) => r.person === g.key).map((r) => ({ record: r.record, person: { key: g.key, name: g.name } })))
      .flatMap((o) => o.holders.map((h) => ({ title: o.title, of: o.of, acting: h.acting, from: h.from, to: h.to })));
    // Names the person goes by in each article: attendees, chairs and speakers are matched within their own article.
    const namesIn = new Map<number, string[]>();
    for (const n of g.names) for (const s of n.sources) if (s.articleId !== undefined) namesIn.set(s.articleId, [...(namesIn.get(s.articleId) ?? []), n.value]);
    const ids = [...namesIn.keys()];
    const mine = (m: MentionRecord, who: string) => (namesIn.get(m.ref.articleId) ?? []).some((n) => namesMatch(n, who));
    const eventMentions = (await repo.mentionsOf("event", ids)).filter((m) => {
      const f = m.fact as EventFact;
      return [...f.attendees, ...(f.chair ? [f.chair] : [])].some((who) => mine(m, who));
    });
    const keys = [...new Set(eventMentions.map((m) => m.group).filter((k): k is string => !!k))];
    const events = keys.length ? ((await readGroups(repo, "event", { keys })) as EventGroup[]).map((e) => timelineRow(e, [])) : [];
    const quoteMentions = (await repo.mentionsOf("quote", ids)).filter((m) => mine(m, (m.fact as QuoteFact).speaker));
    const quoteTopics = (await repo.topicTags()).filter((t) => t.kind === "quote");
    const quotes = quoteMentions.map((m) => ({
      text: (m.fact as QuoteFact).text,
      topics: [...new Set(quoteTopics.filter((t) => refKey(t.ref) === refKey(m.ref)).map((t) => t.topic))],
      evidence: m.evidence,
    }));
    return {
      key: g.key, name: g.name, names: g.names, roles: g.roles, offices, events, quotes,
      evidence: g.sources.flatMap((s) => g.evidence[refKey(s)] ?? []),
    };
  }));
}

export async function people(repo: KnowledgeRepo): Promise<PersonSummary[]> {
  return ((await readGroups(repo, "person")) as PersonGroup[])
    .map((g) => ({ key: g.key, name: g.name, names: g.names, roles: g.roles }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

export async function offices(repo: KnowledgeRepo, title?: string, of?: string): Promise<OfficeRow[]> {
  const wanted = title ? fold(officeTitle(title).title) : null;
  const wantedOf = of ? fold(canonicalOf(of) ?? of) : null;
  const roles = (await repo.roles()).filter((r) => r.person && (wanted === null || fold(r.record.title) === wanted) && (wantedOf === null || fold(r.record.of ?? "") === wantedOf));
  const people = new Map(((await readGroups(repo, "person", { keys: [...new Set(roles.map((r) => r.person!))] })) as PersonGroup[]).map((p) => [p.key, p]));
  const rows = roles.flatMap((r) => { const p = people.get(r.person!); return p ? [{ record: r.record, person: { key: p.key, name: p.name } }] : []; });
  return officesFrom(rows).map((o) => ({
    ...o,
    holders: o.holders.map((h) => ({ ...h, evidence: h.sources.flatMap((s) => people.get(h.personKey)?.evidence[refKey(s)] ?? []) })),
  }));
}
