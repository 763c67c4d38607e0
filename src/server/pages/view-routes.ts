import type { Hono } from "hono";
import { fold } from "../../data/load.ts";
import { findOrg } from "../../data/organizations.ts";
import { loadKb } from "../../web/kb.ts";
import { chairmanshipsPage } from "../../web/pages/chairmanships.ts";
import { conflictsPage } from "../../web/pages/conflicts.ts";
import { mapPage } from "../../web/pages/map.ts";
import { networkPage } from "../../web/pages/network.ts";
import { QUOTE_FILTERS, quotesPage, type QuoteFilters } from "../../web/pages/quotes.ts";
import { topicsPage } from "../../web/pages/topics.ts";
import { personQuotes, quoteView } from "../../web/quote-views.ts";
import type { ServerContext } from "../context.ts";
import { date, page, text } from "./query.ts";

const orgParam = (v: string | undefined) => (v ? (findOrg(v)?.abbr ?? v) : undefined);

/** Quotes, conflicts, chairmanships, topics, the map and the network. */
export function viewRoutes(app: Hono, ctx: ServerContext): void {
  const { store } = ctx;
  app.get("/quotes", async (c) => {
    const f: QuoteFilters = {};
    for (const n of QUOTE_FILTERS) {
      const v = n === "from" || n === "to" ? date(c, n) : text(c, n);
      if (v) f[n] = v;
    }
    const kb = await loadKb(store);
    // A speaker is found through every spelling of every identity the name matches.
    let views = f.person
      ? await personQuotes(store, kb, (await store.knowledge.person(f.person)).flatMap((p) => p.quotes))
      : (await store.articles.quotes({ limit: 100_000 })).map((q) => quoteView(kb, q)).sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
    const org = orgParam(f.org);
    if (org) views = views.filter((q) => q.event?.org === org);
    if (f.topic) views = views.filter((q) => q.topics.includes(f.topic!));
    if (f.from) views = views.filter((q) => q.date && q.date.slice(0, f.from!.length) >= f.from!);
    if (f.to) views = views.filter((q) => q.date && q.date.slice(0, f.to!.length) <= f.to!);
    if (f.text) views = views.filter((q) => fold(q.text).includes(fold(f.text!)));
    return c.html(quotesPage(kb, views, f, page(c)));
  });
  app.get("/conflicts", async (c) => {
    const [kb, rows] = await Promise.all([loadKb(store, { people: false }), store.knowledge.conflicts()]);
    return c.html(conflictsPage(kb, rows));
  });
  app.get("/chairmanships", async (c) => {
    const [kb, rows] = await Promise.all([loadKb(store, { people: false }), store.knowledge.chairmanships()]);
    return c.html(chairmanshipsPage(kb, rows));
  });
  app.get("/topics", async (c) => c.html(topicsPage(await store.knowledge.topics({ by: "year" }))));
  app.get("/map", async (c) => c.html(mapPage(await loadKb(store, { people: false }), orgParam(text(c, "org")))));
  app.get("/network", async (c) => c.html(networkPage(await loadKb(store), orgParam(text(c, "org")))));
}
