import type { Context } from "hono";
import { badRequest, HttpError, notFound } from "../http-error.ts";
import { charsetOf } from "../../ingest/decode.ts";
import { decodePosted, formArticles, readForm, jsonArticles, type PostedArticle } from "../ingest/posted.ts";
import { ingestQueue } from "../ingest-texts.ts";
import { checkToken } from "../token.ts";
import { PAGE, page } from "./params.ts";
import { jobUrl, jobView } from "./job-routes.ts";
import type { RouteDef } from "./route.ts";

/** Where an article came from, without the server's folders: a file name (or `name:line` for JSON Lines). */
const sourceName = (source: string) => source.split(/[\\/]/).pop() ?? source;

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
      return c.json({ ...res, items: res.items.map(({ text: _text, ...rest }) => ({ ...rest, source: sourceName(rest.source) })) });
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
      return c.json({ ...a, source: sourceName(a.source), facts, mentions });
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
    method: "post", path: "/articles", summary: "Queue articles for ingest (only when the server has a token; send it as Authorization: Bearer TOKEN); poll the job it returns",
    params: [], responses: { 202: "queued: {job} with its url (also in Location); poll it until status is done", 400: "a malformed body or field, named", 401: "missing or wrong token", 403: "ingest is disabled", 413: "body too large", 415: "unsupported content type" },
    body: { description: 'JSON {"text", "name"?, "url"?, "published"?, "outlet"?} or {"articles": [...]} (1 to 1000), or multipart/form-data with files (decoded by their declared charset) and/or text', types: ["application/json", "multipart/form-data"] },
    async handle(ctx, c) {
      const type = c.req.header("content-type") ?? "";
      let items: PostedArticle[];
      if (/^application\/json\b/i.test(type)) {
        checkToken(c, ctx.token, null);
        items = jsonArticles(await jsonBody(c, type));
      } else if (/^multipart\/form-data\b/i.test(type)) {
        const form = await readForm(c);
        checkToken(c, ctx.token, typeof form.token === "string" ? form.token : null);
        items = await formArticles(form);
      } else throw new HttpError("E_MEDIA_TYPE", "send application/json or multipart/form-data");
      if (!items.length) throw badRequest("give a text field or at least one file");
      const rejected = items.filter((it) => it.rejected);
      if (rejected.length === items.length) {
        throw new HttpError(rejected[0]!.rejected!.code, rejected.map((it) => `${it.name}: ${it.rejected!.reason}`).join("; "));
      }
      const { job } = ingestQueue(ctx.store).submit(items);
      c.header("Location", jobUrl(job.id));
      return c.json({ job: jobView(job) }, 202);
    },
  },
];

/** The body as JSON, decoded by its declared charset (UTF-8 by default): bytes that are not text are a 400, not U+FFFD. */
async function jsonBody(c: Context, type: string): Promise<unknown> {
  const d = decodePosted(new Uint8Array(await c.req.arrayBuffer()), charsetOf(type));
  if ("code" in d) throw new HttpError(d.code === "E_INPUT_EMPTY" ? "E_VALIDATION" : d.code, `the body is not valid JSON: ${d.reason}`);
  try {
    return JSON.parse(d.text);
  } catch {
    throw badRequest("the body is not valid JSON");
  }
}
