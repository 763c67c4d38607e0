import type { Context } from "hono";
import { badRequest } from "../http-error.ts";
import { isPartialDate } from "../partial-date.ts";

/** One query parameter: how it is validated and how the OpenAPI document describes it (one source for both). */
export interface ParamSpec {
  name: string;
  type: "string" | "integer" | "date" | "year" | "enum";
  description: string;
  required?: boolean;
  values?: readonly string[];
  min?: number;
  max?: number;
  maxLength?: number;
}

export type Params = Record<string, string | number | undefined>;

/** Reads and validates the query string: unknown parameters, bad values and missing required ones are 400s. */
export function readParams(c: Context, specs: readonly ParamSpec[]): Params {
  const query = c.req.query();
  const known = new Set(specs.map((s) => s.name));
  for (const name of Object.keys(query)) if (!known.has(name)) throw badRequest(`unknown parameter "${name.slice(0, 40)}" (allowed: ${[...known].join(", ") || "none"})`);
  const out: Params = {};
  for (const s of specs) {
    const raw = query[s.name];
    if (raw === undefined || raw === "") {
      if (s.required) throw badRequest(`${s.name} is required`);
      continue;
    }
    out[s.name] = check(s, raw);
  }
  return out;
}

function check(s: ParamSpec, raw: string): string | number {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  switch (s.type) {
    case "integer": {
      const n = Number(raw);
      if (!/^-?\d{1,9}$/.test(raw) || n < (s.min ?? 0) || n > (s.max ?? 1e9)) {
        throw badRequest(`${s.name} must be an integer from ${s.min ?? 0} to ${s.max ?? 1e9}, got "${shown}"`);
      }
      return n;
    }
    case "year":
      if (!/^\d{4}$/.test(raw)) throw badRequest(`${s.name} must be a 4-digit year, got "${shown}"`);
      return Number(raw);
    case "date":
      if (!isPartialDate(raw)) throw badRequest(`${s.name} must be a date like 2018, 2018-05 or 2018-05-24, got "${shown}"`);
      return raw;
    case "enum":
      if (!s.values?.includes(raw)) throw badRequest(`${s.name} must be one of ${s.values?.join(", ")}, got "${shown}"`);
      return raw;
    default:
      if (raw.length > (s.maxLength ?? 200)) throw badRequest(`${s.name} is too long (${s.maxLength ?? 200} characters at most)`);
      return raw;
  }
}

export const PAGE: ParamSpec[] = [
  { name: "limit", type: "integer", description: "at most this many items (1-1000, default 100)", min: 1, max: 1000 },
  { name: "offset", type: "integer", description: "skip this many items (default 0)", min: 0, max: 1e9 },
];

export const EVENT_FILTERS: ParamSpec[] = [
  { name: "org", type: "string", description: "organization abbreviation, e.g. CSTO" },
  { name: "body", type: "string", description: "a body's name or part of it, e.g. Council of Foreign Ministers" },
  { name: "country", type: "string", description: "the event's country or city, or a state represented" },
  { name: "person", type: "string", description: "an attendee or chair (name or surname)" },
  { name: "topic", type: "string", description: "topic id, e.g. terrorism (see /api/topics)" },
  { name: "year", type: "year", description: "the year the event starts in" },
  { name: "from", type: "date", description: "events from this date (YYYY, YYYY-MM or YYYY-MM-DD)" },
  { name: "to", type: "date", description: "events up to this date, inclusive" },
];

export const FACT_FILTERS: ParamSpec[] = [
  { name: "org", type: "string", description: "organization abbreviation, e.g. CSTO" },
  { name: "body", type: "string", description: "a body's name, canonical or alias" },
  { name: "year", type: "year", description: "the year the fact falls in" },
  { name: "person", type: "string", description: "a person's name or surname" },
  { name: "country", type: "string", description: "a country" },
  { name: "article", type: "integer", description: "only facts of this article id", min: 1, max: 1e12 },
];

/** limit/offset with their defaults. */
export function page(p: Params): { limit: number; offset: number } {
  return { limit: (p.limit as number | undefined) ?? 100, offset: (p.offset as number | undefined) ?? 0 };
}
