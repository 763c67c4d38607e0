import type { Hono } from "hono";
import type { TimelineRow } from "../../knowledge/api.ts";
import { facetsOf } from "../../web/facets.ts";
import { matches, type TimelineFilters } from "../../web/filters.ts";
import { loadKb, personNamesFor, type Kb } from "../../web/kb.ts";
import { overviewPage } from "../../web/pages/overview.ts";
import { timelinePage } from "../../web/pages/timeline.ts";
import type { ServerContext } from "../context.ts";
import { page, sortOrder, timelineFilters } from "./query.ts";

const byDate = (sort: "newest" | "oldest") => (a: TimelineRow, b: TimelineRow) => {
  if (!a.start || !b.start) return a.start ? -1 : b.start ? 1 : 0;
  return sort === "newest" ? b.start.localeCompare(a.start) : a.start.localeCompare(b.start);
};

export function filterTimeline(kb: Kb, f: TimelineFilters, names: Set<string> | undefined) {
  const inFilter = kb.events.filter((e) => matches(e, f, { ignoreYear: true, ...(names ? { personNames: names } : {}) }));
  return { inFilter, shown: inFilter.filter((e) => matches(e, f, names ? { personNames: names } : {})) };
}

export function timelineRoutes(app: Hono, ctx: ServerContext): void {
  const { store } = ctx;
  app.get("/", async (c) => {
    // The timeline used to live here: its filtered addresses keep working.
    if (new URL(c.req.url).search) return c.redirect(`/timeline${new URL(c.req.url).search}`, 301);
    const [kb, counts, conflicts, offices] = await Promise.all([loadKb(store), store.articles.counts(), store.knowledge.conflicts(), store.knowledge.office()]);
    return c.html(overviewPage(kb, { articles: counts.articles, quotes: counts.quotes, conflicts: new Set(conflicts.map((x) => x.event)).size, offices: offices.length }));
  });
  app.get("/timeline", async (c) => {
    const f = timelineFilters(c);
    const sort = sortOrder(c);
    const [kb, names] = await Promise.all([loadKb(store), personNamesFor(store, f.person)]);
    const { inFilter, shown } = filterTimeline(kb, f, names);
    shown.sort(byDate(sort));
    const canonical = new Map(kb.people.flatMap((p) => p.names.map((n) => [n.value, p.name] as const)));
    const personName = (n: string) => canonical.get(n) ?? n;
    return c.html(timelinePage(kb, { inFilter, shown, total: kb.events.length, filters: f, facets: facetsOf(shown, personName), sort, page: page(c) }));
  });
}
