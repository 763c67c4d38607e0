import { timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { HttpError } from "./http-error.ts";

/**
 * The ingest rule: off (403) unless the server was started with a token, then the request must carry it, as
 * `Authorization: Bearer TOKEN` or (from the web form) a `token` field.
 */
export function checkToken(c: Context, serverToken: string | null, given: string | null): void {
  if (!serverToken) throw new HttpError("E_FORBIDDEN", "ingest is disabled: start the server with --token to enable it");
  const header = c.req.header("authorization");
  // RFC 7235: the scheme name is case-insensitive.
  const candidate = given ?? /^bearer +(\S+)\s*$/i.exec(header ?? "")?.[1] ?? null;
  if (!candidate || !same(candidate, serverToken)) throw new HttpError("E_AUTH", "a valid ingest token is required");
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
