import type { PersonSummary, TimelineRow } from "../knowledge/api.ts";
import type { FactRef } from "../knowledge/types.ts";
import type { ArticleRow, Store } from "../store/types.ts";
import { fold } from "../data/load.ts";
import { ArticleIndex, entityId, holds, parseAddress } from "./ids.ts";

/** What most pages need: every article (for addresses and source chips), merged events and people, with their ids. */
export interface Kb {
  articles: ArticleIndex;
  events: TimelineRow[];
  people: PersonSummary[];
  eventId(e: TimelineRow): string;
  personId(p: Pick<PersonSummary, "name" | "names">): string;
  /** A person's page address by any name an article uses for them. */
  personIdByName(name: string): string | undefined;
}

export async function allArticles(store: Store): Promise<ArticleRow[]> {
  const out: ArticleRow[] = [];
  for (let offset = 0; ; ) {
    const page = await store.articles.listArticles({ limit: 500, offset });
    out.push(...page.items);
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) return out;
  }
}

const personRefs = (p: Pick<PersonSummary, "names">): FactRef[] => p.names.flatMap((n) => n.sources);

export async function loadKb(store: Store, opts: { people?: boolean } = {}): Promise<Kb> {
  const [rows, events, people] = await Promise.all([
    allArticles(store), store.knowledge.timeline({}), opts.people === false ? Promise.resolve([]) : store.knowledge.people(),
  ]);
  const articles = new ArticleIndex(rows);
  const eventIds = new Map<string, string>();
  const eventId = (e: TimelineRow) => {
    let id = eventIds.get(e.key);
    if (!id) eventIds.set(e.key, (id = entityId(`${e.start ?? "undated"} ${e.org ?? ""}`, articles.anchor(e.sources))));
    return id;
  };
  const personId = (p: Pick<PersonSummary, "name" | "names">) => entityId(p.name, articles.anchor(personRefs(p)));
  const byName = new Map<string, string>();
  for (const p of people) for (const n of [p.name, ...p.names.map((x) => x.value)]) if (!byName.has(n)) byName.set(n, personId(p));
  return { articles, events, people, eventId, personId, personIdByName: (n) => byName.get(n) };
}

/** The entity an address names: exact id, else (for a redirect) the one holding the fact the address names. */
export function resolve<T>(kb: Kb, param: string, items: readonly T[], idOf: (x: T) => string, refsOf: (x: T) => readonly FactRef[]): { item: T; redirect: boolean } | null {
  const exact = items.find((x) => idOf(x) === param);
  if (exact) return { item: exact, redirect: false };
  const want = parseAddress(param);
  if (!want) return null;
  const hit = items.find((x) => holds(kb.articles, refsOf(x), want));
  return hit ? { item: hit, redirect: true } : null;
}

export const eventRefs = (e: TimelineRow) => e.sources;
export { personRefs };

/** Every name of every identity a person filter names, folded (Tokaev finds the events that spell Tokayev). */
export async function personNamesFor(store: Store, person: string | undefined): Promise<Set<string> | undefined> {
  if (!person) return undefined;
  const ids = await store.knowledge.person(person);
  return new Set(ids.flatMap((p) => [p.name, ...p.names.map((n) => n.value)]).map(fold));
}
