import type { ChairmanshipFact } from "../extract/types.ts";
import { canonicalCountry, canonicalOrg } from "./canonical.ts";
import { compareDates, precision, spansCompatible, type Precision } from "./dates.ts";
import { SourcedValues } from "./sourced.ts";
import { tieredGroups } from "./tiered.ts";
import { compareRefs, type FactRef, type KnowledgeArticle, type Sourced } from "./types.ts";

/** One state's chairmanship of an organization, from every source that reports it. */
export interface ChairPeriod {
  org: string;
  state: string;
  start: string | null;
  /** The end a source gives, or else the start of the next chairmanship. */
  end: string | null;
  starts: Sourced<string>[];
  sources: FactRef[];
}

export interface ChairTimeline {
  org: string;
  periods: ChairPeriod[];
}

interface Item {
  ref: FactRef;
  fact: ChairmanshipFact;
  org: string;
  state: string;
  precision: Precision;
}

/** The rotation of each organization's chairmanship, periods of the same state merged when their dates agree. */
export function buildChairmanships(articles: readonly KnowledgeArticle[]): ChairTimeline[] {
  const items: Item[] = articles.flatMap((a) => a.chairmanships.map((fact, index) => ({
    ref: { article: a.slug, index, ...(a.articleId === undefined ? {} : { articleId: a.articleId }) },
    fact, org: canonicalOrg(fact.org) ?? fact.org, state: canonicalCountry(fact.state) ?? fact.state, precision: precision(fact.start),
  }))).sort((a, b) => compareRefs(a.ref, b.ref));
  const groups = tieredGroups<Item, Precision>({
    keys: items,
    level: (k) => k.precision,
    levels: ["day", "month", "year"],
    blockKeys: (k) => [`${k.org}|${k.state}`],
    same: (a, b) => spansCompatible(a.fact, b.fact),
  });
  const byOrg = new Map<string, ChairPeriod[]>();
  for (const g of groups) {
    const period = mergePeriod(g.map((i) => items[i]!));
    byOrg.set(period.org, [...(byOrg.get(period.org) ?? []), period]);
  }
  return [...byOrg].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([org, periods]) => {
    periods.sort((a, b) => compareDates(a.start, b.start) || (a.state < b.state ? -1 : 1));
    periods.forEach((p, i) => {
      const next = periods.slice(i + 1).find((n) => n.start && p.start && n.start > p.start && n.state !== p.state);
      if (!p.end && p.start && next) p.end = next.start;
    });
    return { org, periods };
  });
}

function mergePeriod(members: Item[]): ChairPeriod {
  const starts = new SourcedValues<string>();
  for (const m of members) starts.add(m.fact.start, m.ref);
  const list = starts.list();
  // The most precise start wins; among equals, the best supported (list() order).
  const start = [...list].sort((a, b) => b.value.length - a.value.length)[0]?.value ?? null;
  const ends = members.map((m) => m.fact.end).filter((e): e is string => !!e).sort(compareDates);
  return { org: members[0]!.org, state: members[0]!.state, start, end: ends[ends.length - 1] ?? null, starts: list, sources: members.map((m) => m.ref) };
}
