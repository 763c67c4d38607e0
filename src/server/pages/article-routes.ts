import type { Hono } from "hono";
import { articleHref } from "../../web/components.ts";
import type { Lit } from "../../web/highlight.ts";
import { articleKey } from "../../web/ids.ts";
import { loadKb } from "../../web/kb.ts";
import { articlePage, articlesPage } from "../../web/pages/article.ts";
import { ingestPage } from "../../web/pages/ingest.ts";
import { searchPage } from "../../web/pages/search.ts";
import type { ServerContext } from "../context.ts";
import { badRequest, notFound } from "../http-error.ts";
import { formArticles, ingestTexts, readForm } from "../ingest-texts.ts";
import { checkToken } from "../token.ts";
import { int, text } from "./query.ts";

const range = (v: string | undefined, name: string): [number, number] | undefined => {
  if (!v) return undefined;
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(v);
  if (!m || Number(m[1]) > Number(m[2])) throw badRequest(`${name} must be START-END character offsets, got "${v.slice(0, 40)}"`);
  return [Number(m[1]), Number(m[2])];
};

/** Articles at the address of their content (sha256 prefix), search, and the ingest form. */
export function articleRoutes(app: Hono, ctx: ServerContext): void {
  const { store } = ctx;
  app.get("/articles", async (c) => c.html(articlesPage(await store.articles.listArticles({ limit: 100, offset: int(c, "offset", 0) }))));
  app.get("/articles/:id", async (c) => {
    const id = c.req.param("id");
    const kb = await loadKb(store);
    // Old addresses (the store's row number, or the slug) redirect to the content address, keeping the query.
    const a = kb.articles.byKey.get(id) ?? (/^\d{1,12}$/.test(id) ? kb.articles.byId.get(Number(id)) : kb.articles.bySlug.get(id));
    if (!a) throw notFound(`no article "${id.slice(0, 100)}"`);
    if (articleKey(a) !== id) return c.redirect(`${articleHref(a)}${new URL(c.req.url).search}`, 301);
    const s = range(c.req.query("s"), "s");
    const hl = range(c.req.query("hl"), "hl");
    const lit: Lit | undefined = s || hl ? { sentence: s ?? hl!, span: hl ?? s! } : undefined;
    const [facts, mentions] = await Promise.all([store.articles.articleFacts(a.id), store.articles.mentions(a.id)]);
    const events = new Map<number, string>();
    for (const e of kb.events) for (const r of e.sources) if (r.articleId === a.id || (r.articleId === undefined && r.article === a.slug)) events.set(r.index, kb.eventId(e));
    return c.html(articlePage(a, facts, mentions, { events, personIdByName: kb.personIdByName }, lit));
  });
  app.get("/search", async (c) => {
    const q = text(c, "q") ?? "";
    const kb = q ? await loadKb(store, { people: false }) : null;
    return c.html(searchPage(q, q ? await store.articles.search(q, { limit: 50 }) : null, (id) => {
      const a = kb?.articles.byId.get(id);
      return a ? articleHref(a) : "/articles";
    }));
  });
  app.get("/ingest", (c) => c.html(ingestPage(ctx.token !== null)));
  app.post("/ingest", async (c) => {
    const form = await readForm(c);
    checkToken(c, ctx.token, typeof form.token === "string" ? form.token : "");
    // Decoded by declared charset, each bad file reported by name: the same checks as POST /api/articles.
    const items = await formArticles(form);
    if (!items.length) throw badRequest("paste a text or choose at least one file");
    const results = await ingestTexts(store, items);
    const shown = await Promise.all(results.map(async (r) => {
      const row = r.articleId !== undefined ? await store.articles.getArticle(r.articleId) : null;
      return { name: r.name, status: r.status, ...(r.error ? { error: r.error } : {}), ...(row ? { articleHref: articleHref(row) } : {}) };
    }));
    return c.html(ingestPage(true, shown), 201);
  });
}
