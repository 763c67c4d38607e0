import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { HttpError } from "./http-error.ts";

/**
 * The ingest rule: off (403) unless the server was started with a token, then the request must carry it, as
 * `Authorization: Bearer TOKEN` or (from the web form) a `token` field.
 */
export function checkToken(c: Context, serverToken: string | null, given: string | null): void {
  if (!serverToken) throw new HttpError(403, "E_AUTH", "ingest is disabled: start the server with --token to enable it");
  const header = c.req.header("authorization");
  const candidate = given ?? (header?.startsWith("Bearer ") ? header.slice(7) : null);
  if (!candidate || !same(candidate, serverToken)) throw new HttpError(401, "E_AUTH", "a valid ingest token is required");
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
