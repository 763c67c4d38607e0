import { Hono } from "hono";
import type { ServerContext } from "../context.ts";
import { ARTICLE_ROUTES } from "./article-routes.ts";
import { EXPORT_ROUTES } from "./export-routes.ts";
import { FACT_ROUTES } from "./fact-routes.ts";
import { KNOWLEDGE_ROUTES } from "./knowledge-routes.ts";
import { readParams } from "./params.ts";
import type { RouteDef } from "./route.ts";

export const ROUTES: readonly RouteDef[] = [...KNOWLEDGE_ROUTES, ...FACT_ROUTES, ...ARTICLE_ROUTES, ...EXPORT_ROUTES];

/** JSON routes under /api, each validated from its definition. */
export function apiRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  for (const r of ROUTES) app[r.method](r.path, (c) => r.handle(ctx, c, readParams(c, r.params)));
  return app;
}
