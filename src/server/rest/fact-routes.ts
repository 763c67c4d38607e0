import type { FactFilter } from "../../store/types.ts";
import { FACT_FILTERS, PAGE, page, type Params } from "./params.ts";
import { pageOf } from "./lists.ts";
import type { RouteDef } from "./route.ts";

function filterOf(p: Params): FactFilter {
  const f: FactFilter = { ...page(p) };
  for (const k of ["org", "body", "person", "country"] as const) if (typeof p[k] === "string") f[k] = p[k];
  if (typeof p.year === "number") f.year = p.year;
  if (typeof p.article === "number") f.articleId = p.article;
  return f;
}

const EVIDENCE_NOTE = "each row with its evidence (article, span, sentence, rule)";

const QUOTES: RouteDef = {
  method: "get", path: "/quotes", summary: "Direct quotes with their speakers", responses: { 200: `quotes, ${EVIDENCE_NOTE}` },
  params: [...FACT_FILTERS, { name: "text", type: "string", description: "words the quote contains" }, ...PAGE],
  async handle(ctx, c, p) {
    return c.json(await pageOf(p, (all) => ctx.store.articles.quotes({ ...filterOf(p), ...all, ...(typeof p.text === "string" ? { text: p.text } : {}) })));
  },
};

/** Facts as each article reports them, before merging. */
export const FACT_ROUTES: RouteDef[] = [
  QUOTES,
  ...(["events", "people", "chairmanships"] as const).map(
    (kind): RouteDef => ({
      method: "get", path: `/reports/${kind}`, summary: `${kind[0]!.toUpperCase()}${kind.slice(1)} as each article reports them (not merged)`,
      params: [...FACT_FILTERS, ...PAGE], responses: { 200: `${kind}, ${EVIDENCE_NOTE}` },
      async handle(ctx, c, p) {
        const rows = (f: FactFilter): Promise<unknown[]> => ctx.store.articles[kind](f);
        return c.json(await pageOf(p, (all) => rows({ ...filterOf(p), ...all })));
      },
    }),
  ),
  { ...QUOTES, path: "/reports/quotes", summary: "Quotes as each article reports them (same as /quotes)" },
];
