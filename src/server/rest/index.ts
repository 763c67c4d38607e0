import { Hono } from "hono";
import type { ServerContext } from "../context.ts";
import { errorBody, HttpError } from "../http-error.ts";
import { ARTICLE_ROUTES } from "./article-routes.ts";
import { EXPORT_ROUTES } from "./export-routes.ts";
import { FACT_ROUTES } from "./fact-routes.ts";
import { JOB_ROUTES } from "./job-routes.ts";
import { KNOWLEDGE_ROUTES } from "./knowledge-routes.ts";
import { readParams } from "./params.ts";
import type { RouteDef } from "./route.ts";

export const ROUTES: readonly RouteDef[] = [...KNOWLEDGE_ROUTES, ...FACT_ROUTES, ...ARTICLE_ROUTES, ...JOB_ROUTES, ...EXPORT_ROUTES];

/** The methods each path answers, as an Allow header lists them (HEAD comes with GET). */
function allowedMethods(routes: readonly RouteDef[]): Map<string, string> {
  const by = new Map<string, Set<string>>();
  for (const r of routes) {
    const set = by.get(r.path) ?? new Set<string>();
    if (r.method === "get") set.add("GET").add("HEAD");
    else set.add(r.method.toUpperCase());
    by.set(r.path, set);
  }
  return new Map([...by].map(([path, set]) => [path, [...set].join(", ")]));
}

/** JSON routes under /api, each validated from its definition; another method on a known path is a 405 with Allow. */
export function apiRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  for (const r of ROUTES) app[r.method](r.path, (c) => r.handle(ctx, c, readParams(c, r.params)));
  for (const [path, allow] of allowedMethods(ROUTES)) {
    app.all(path, (c) => {
      c.header("Allow", allow);
      if (c.req.method === "OPTIONS") return c.body(null, 204);
      const err = new HttpError("E_METHOD", `${c.req.method} is not allowed here (allowed: ${allow})`);
      return c.json(errorBody(err), 405);
    });
  }
  return app;
}
