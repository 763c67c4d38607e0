import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { apiRoutes } from "./rest/index.ts";
import { openApiDocument } from "./rest/openapi.ts";
import type { ServerContext } from "./context.ts";
import { errorBody, HttpError } from "./http-error.ts";
import { ingestQueue } from "./ingest-texts.ts";
import { hostAllowList, securityHeaders } from "./security.ts";
import { webRoutes } from "./pages/index.ts";
import { errorPage } from "../web/pages/error.ts";

const isApi = (path: string) => path.startsWith("/api/") || path === "/api" || path === "/openapi.json";

/** The whole HTTP surface: JSON API under /api, its OpenAPI document, and the web pages. */
export function createApp(ctx: ServerContext): Hono {
  const app = new Hono();
  // Created now, not at the first POST, so that jobs a killed server left in the inbox resume at start.
  if (ctx.token) ingestQueue(ctx.store, { inbox: ctx.inbox ?? null });
  app.use("*", securityHeaders);
  app.use("*", hostAllowList(ctx.allowHosts, ctx.boundHost));
  app.use(
    "*",
    bodyLimit({
      maxSize: ctx.maxBodyBytes,
      onError: () => {
        throw new HttpError("E_INPUT_TOO_LARGE", `request body over ${ctx.maxBodyBytes} bytes`);
      },
    }),
  );
  app.use("*", pagesOnlyRead);
  app.get("/openapi.json", (c) => c.json(openApiDocument()));
  app.route("/api", apiRoutes(ctx));
  app.route("/", webRoutes(ctx));
  app.notFound((c) => {
    const err = new HttpError("E_NOT_FOUND", `no such page: ${c.req.path.slice(0, 200)}`);
    return isApi(c.req.path) ? c.json(errorBody(err), 404) : c.html(errorPage(err), 404);
  });
  app.onError((e, c) => {
    const err = HttpError.from(e);
    if (err.status >= 500) console.error(e);
    return isApi(c.req.path) ? c.json(errorBody(err), err.status as 500) : c.html(errorPage(err), err.status as 500);
  });
  return app;
}

export { errorBody };

/**
 * Outside /api (whose routes answer 405 themselves) everything is read with GET, and the ingest form also takes a
 * POST: any other method is a 405 that says so, not a 404 that suggests the page is missing.
 */
const pagesOnlyRead: MiddlewareHandler = async (c, next) => {
  const m = c.req.method;
  if (c.req.path.startsWith("/api/") || m === "GET" || m === "HEAD" || m === "POST") return next();
  const allow = c.req.path === "/ingest" ? "GET, HEAD, POST" : "GET, HEAD";
  c.header("Allow", allow);
  if (m === "OPTIONS") return c.body(null, 204);
  const err = new HttpError("E_METHOD", `${m.slice(0, 20)} is not allowed here (allowed: ${allow})`);
  return isApi(c.req.path) ? c.json(errorBody(err), 405) : c.html(errorPage(err), 405);
};
