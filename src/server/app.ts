import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { apiRoutes } from "./rest/index.ts";
import { openApiDocument } from "./rest/openapi.ts";
import type { ServerContext } from "./context.ts";
import { errorBody, HttpError } from "./http-error.ts";
import { hostAllowList, securityHeaders } from "./security.ts";
import { webRoutes } from "./pages/index.ts";
import { errorPage } from "../web/pages/error.ts";

const isApi = (path: string) => path.startsWith("/api/") || path === "/api" || path === "/openapi.json";

/** The whole HTTP surface: JSON API under /api, its OpenAPI document, and the web pages. */
export function createApp(ctx: ServerContext): Hono {
  const app = new Hono();
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
