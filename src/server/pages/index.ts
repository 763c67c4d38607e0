import { Hono } from "hono";
import { serveStatic } from "../../web/static.ts";
import type { ServerContext } from "../context.ts";
import { articleRoutes } from "./article-routes.ts";
import { entityRoutes } from "./entity-routes.ts";
import { timelineRoutes } from "./timeline-routes.ts";
import { viewRoutes } from "./view-routes.ts";

/**
 * The web pages: rendered by src/web (which knows nothing of the server), served here. Every value is escaped by
 * html``, no inline script, links between all facts at content-derived addresses.
 */
export function webRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  serveStatic(app);
  timelineRoutes(app, ctx);
  entityRoutes(app, ctx);
  viewRoutes(app, ctx);
  articleRoutes(app, ctx);
  return app;
}
