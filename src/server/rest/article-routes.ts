import type { Context } from "hono";
import { badRequest, HttpError, notFound } from "../http-error.ts";
import { ingestTexts, type PostedArticle } from "../ingest-texts.ts";
import { checkToken } from "../token.ts";
import { PAGE, page } from "./params.ts";
import type { RouteDef } from "./route.ts";

/** Articles, full-text search, and ingest over HTTP. */
export const ARTICLE_ROUTES: RouteDef[] = [
  {
    method: "get", path: "/articles", summary: "Stored articles (without their text)",
    params: [{ name: "outlet", type: "string", description: "outlet name" }, { name: "year", type: "year", description: "year of publication" }, ...PAGE],
    responses: { 200: "a page of articles" },
    async handle(ctx, c, p) {
      const res = await ctx.store.articles.listArticles({
        ...page(p), ...(typeof p.outlet === "string" ? { outlet: p.outlet } : {}), ...(typeof p.year === "number" ? { year: p.year } : {}),
      });
      return c.json({ ...res, items: res.items.map(({ text: _text, ...rest }) => rest) });
    },
  },
  {
    method: "get", path: "/articles/:id", summary: "One article: its original text, its facts with evidence, and every extracted span",
    params: [], pathParams: [{ name: "id", description: "numeric article id" }], responses: { 200: "the article with facts and mentions" },
    async handle(ctx, c) {
      const id = c.req.param("id")!;
      if (!/^\d{1,12}$/.test(id)) throw badRequest(`article id must be a positive integer, got "${id.slice(0, 40)}"`);
      const a = await ctx.store.articles.getArticle(Number(id));
      if (!a) throw notFound(`no article ${id}`);
      const [facts, mentions] = await Promise.all([ctx.store.articles.articleFacts(a.id), ctx.store.articles.mentions(a.id)]);
      return c.json({ ...a, facts, mentions });
    },
  },
  {
    method: "get", path: "/search", summary: "Full-text search over article texts and quotes; matches marked [[ ]] in snippets",
    params: [{ name: "q", type: "string", required: true, maxLength: 200, description: "words to find" }, ...PAGE],
    responses: { 200: "a page of hits" },
    async handle(ctx, c, p) {
      return c.json(await ctx.store.articles.search(p.q as string, page(p)));
    },
  },
  {
    method: "post", path: "/articles", summary: "Ingest articles (only when the server has a token; send it as Authorization: Bearer TOKEN)",
    params: [], responses: { 201: "results per article, at least one added", 200: "results per article, none added", 401: "missing or wrong token", 403: "ingest is disabled", 413: "body too large", 415: "unsupported content type" },
    body: { description: 'JSON {"text", "name"?, "url"?, "published"?, "outlet"?} or {"articles": [...]}, or multipart/form-data with files and/or text', types: ["application/json", "multipart/form-data"] },
    async handle(ctx, c) {
      const type = c.req.header("content-type") ?? "";
      let items: PostedArticle[];
      if (type.startsWith("application/json")) {
        checkToken(c, ctx.token, null);
        items = fromJson(await c.req.json().catch(() => {
          throw badRequest("the body is not valid JSON");
        }));
      } else if (type.startsWith("multipart/form-data")) items = await fromForm(c, ctx.token);
      else throw new HttpError(415, "E_MEDIA_TYPE", "send application/json or multipart/form-data");
      const results = await ingestTexts(ctx.store, items);
      return c.json({ results }, results.some((r) => r.status === "added") ? 201 : 200);
    },
  },
];

function fromJson(body: unknown): PostedArticle[] {
  const list = body && typeof body === "object" && Array.isArray((body as { articles?: unknown }).articles) ? (body as { articles: unknown[] }).articles : [body];
  if (!list.length || list.length > 1000) throw badRequest("articles must hold 1 to 1000 articles");
  return list.map((x, i) => {
    if (!x || typeof x !== "object") throw badRequest(`article ${i} is not an object`);
    const o = x as Record<string, unknown>;
    if (typeof o.text !== "string" || !o.text.trim()) throw badRequest(`article ${i}: text is required and must be a non-empty string`);
    for (const k of ["name", "url", "published", "outlet"]) if (o[k] !== undefined && o[k] !== null && typeof o[k] !== "string") throw badRequest(`article ${i}: ${k} must be a string`);
    return { text: o.text, name: (o.name as string | undefined) ?? `posted-${i + 1}`, url: (o.url as string) ?? null, published: (o.published as string) ?? null, outlet: (o.outlet as string) ?? null };
  });
}

async function fromForm(c: Context, token: string | null): Promise<PostedArticle[]> {
  const form = await c.req.parseBody({ all: true });
  checkToken(c, token, typeof form.token === "string" ? form.token : null);
  const items: PostedArticle[] = [];
  if (typeof form.text === "string" && form.text.trim()) items.push({ name: "pasted", text: form.text });
  for (const f of ([] as unknown[]).concat(form.files ?? [])) if (f instanceof File && f.size > 0) items.push({ name: f.name || "upload.txt", text: await f.text() });
  if (!items.length) throw badRequest("give a text field or at least one file");
  return items;
}
