import type { Context } from "hono";
import { badRequest } from "../http-error.ts";
import { FILTER_NAMES, type TimelineFilters } from "../../web/filters.ts";
import type { PageOpts } from "../../web/pages/pager.ts";

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A short text parameter, trimmed; over 200 characters is a 400. */
export function text(c: Context, name: string): string | undefined {
  const v = c.req.query(name)?.trim();
  if (!v) return undefined;
  if (v.length > 200) throw badRequest(`${name} is too long (200 characters at most)`);
  return v;
}

export function date(c: Context, name: string): string | undefined {
  const v = text(c, name);
  if (v && !DATE.test(v)) throw badRequest(`${name} must be a date like 2018, 2018-05 or 2018-05-24, got "${v.slice(0, 40)}"`);
  return v;
}

export function int(c: Context, name: string, dflt: number, max = 1e9): number {
  const v = c.req.query(name);
  if (v === undefined || v === "") return dflt;
  if (!/^\d{1,9}$/.test(v) || Number(v) > max) throw badRequest(`${name} must be an integer from 0 to ${max}, got "${v.slice(0, 40)}"`);
  return Number(v);
}

export function page(c: Context, limit = 50): PageOpts {
  return { limit: int(c, "limit", limit, 500) || limit, offset: int(c, "offset", 0) };
}

/** The timeline's filters from the query string, validated. */
export function timelineFilters(c: Context): TimelineFilters {
  const f: TimelineFilters = {};
  for (const n of FILTER_NAMES) {
    const v = n === "from" || n === "to" ? date(c, n) : text(c, n);
    if (v) f[n] = v;
  }
  if (f.year && !/^\d{4}$/.test(f.year) && f.year !== "undated") throw badRequest(`year must be a 4-digit year or "undated", got "${f.year.slice(0, 40)}"`);
  return f;
}

export function sortOrder(c: Context): "newest" | "oldest" {
  const v = c.req.query("sort") ?? "newest";
  if (v !== "newest" && v !== "oldest") throw badRequest(`sort must be newest or oldest, got "${v.slice(0, 40)}"`);
  return v;
}
