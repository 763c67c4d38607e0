import { Hono } from "hono";
import type { ServerContext } from "../server/context.ts";
import { badRequest, notFound } from "../server/http-error.ts";
import { formArticles, ingestTexts } from "../server/ingest-texts.ts";
import { checkToken } from "../server/token.ts";
import { readFilters } from "./filters.ts";
import { eventKeysOf, personByKey, personKeysByName } from "./lookup.ts";
import { articlePage, articlesPage } from "./pages/article.ts";
import { chairmanshipsPage } from "./pages/chairmanships.ts";
import { eventPage } from "./pages/event.ts";
import { ingestPage } from "./pages/ingest.ts";
import { peoplePage, personPage } from "./pages/person.ts";
import { searchPage } from "./pages/search.ts";
import { timelinePage } from "./pages/timeline.ts";
import { topicsPage } from "./pages/topics.ts";
import { serveStatic } from "./static.ts";

const int = (v: string | undefined, name: string, dflt: number): number => {
  if (v === undefined || v === "") return dflt;
  if (!/^\d{1,9}$/.test(v)) throw badRequest(`${name} must be a non-negative integer, got "${v.slice(0, 40)}"`);
  return Number(v);
};

/** Server-rendered pages: every value escaped by html``, no inline script, links between all facts. */
export function webRoutes(ctx: ServerContext): Hono {
  const { store } = ctx;
  const app = new Hono();
  serveStatic(app);
  app.get("/", async (c) => c.html(timelinePage(await store.knowledge.timeline({}), readFilters((n) => c.req.query(n)))));
  app.get("/events/:key", async (c) => {
    const e = await store.knowledge.event(c.req.param("key"));
    if (!e) throw notFound(`no event "${c.req.param("key")}"`);
    return c.html(eventPage(e, await personKeysByName(store)));
  });
  app.get("/people", async (c) => {
    const q = (c.req.query("q") ?? "").trim().slice(0, 100);
    const all = await store.knowledge.people();
    const lower = q.toLowerCase();
    return c.html(peoplePage(q ? all.filter((p) => p.names.some((n) => n.value.toLowerCase().includes(lower))) : all, q));
  });
  app.get("/people/:key", async (c) => {
    const p = await personByKey(store, c.req.param("key"));
    if (!p) throw notFound(`no person "${c.req.param("key")}"`);
    return c.html(personPage(p));
  });
  app.get("/articles", async (c) => c.html(articlesPage(await store.articles.listArticles({ limit: 100, offset: int(c.req.query("offset"), "offset", 0) }))));
  app.get("/articles/:id", async (c) => {
    const id = c.req.param("id");
    if (!/^\d{1,12}$/.test(id)) throw badRequest(`article id must be an integer, got "${id.slice(0, 40)}"`);
    const a = await store.articles.getArticle(Number(id));
    if (!a) throw notFound(`no article ${id}`);
    const [facts, mentions, events, people] = await Promise.all([
      store.articles.articleFacts(a.id), store.articles.mentions(a.id), eventKeysOf(store, a.slug), personKeysByName(store),
    ]);
    return c.html(articlePage(a, facts, mentions, { events, people }));
  });
  app.get("/search", async (c) => {
    const q = (c.req.query("q") ?? "").trim();
    if (q.length > 200) throw badRequest("q is too long (200 characters at most)");
    return c.html(searchPage(q, q ? await store.articles.search(q, { limit: 50 }) : null));
  });
  app.get("/topics", async (c) => c.html(topicsPage(await store.knowledge.topics({ by: "year" }))));
  app.get("/chairmanships", async (c) => c.html(chairmanshipsPage(await store.knowledge.chairmanships())));
  app.get("/ingest", (c) => c.html(ingestPage(ctx.token !== null)));
  app.post("/ingest", async (c) => {
    const form = await c.req.parseBody({ all: true });
    const token = typeof form.token === "string" ? form.token : "";
    checkToken(c, ctx.token, token);
    // Decoded by declared charset, each bad file reported by name: the same checks as POST /api/articles.
    const items = await formArticles(form);
    if (!items.length) throw badRequest("paste a text or choose at least one file");
    return c.html(ingestPage(true, await ingestTexts(store, items)), 201);
  });
  return app;
}
