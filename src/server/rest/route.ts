import type { Context } from "hono";
import type { ServerContext } from "../context.ts";
import type { ParamSpec, Params } from "./params.ts";

/** One API route: the definition drives the router, the validation and the OpenAPI document alike. */
export interface RouteDef {
  method: "get" | "post";
  /** Hono-style path under /api, e.g. "/events/:key". */
  path: string;
  summary: string;
  params: ParamSpec[];
  pathParams?: { name: string; description: string }[];
  /** Status → description; 400/404 are added where they apply. */
  responses: Record<string, string>;
  /** Media type of the success body (JSON unless given). */
  produces?: string;
  body?: { description: string; types: string[] };
  handle(ctx: ServerContext, c: Context, p: Params): Promise<Response> | Response;
}
