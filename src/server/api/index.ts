import { Hono } from "hono";
import type { ServerContext } from "../context.ts";

/** JSON routes under /api (placeholder until the API lands). */
export function apiRoutes(_ctx: ServerContext): Hono {
  return new Hono();
}
