import type { TimelineRow } from "../../knowledge/api.ts";
import type { ServerContext } from "../context.ts";
import { matches } from "../../web/filters.ts";
import { personNamesFor } from "../../web/kb.ts";
import { MAX_LIMIT } from "../../store/common/filter.ts";
import { page, type Params } from "./params.ts";

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** Merged events passing the event filters, in timeline order. */
export async function filteredEvents(ctx: ServerContext, p: Params): Promise<TimelineRow[]> {
  const q = { ...(str(p.org) ? { org: str(p.org)! } : {}), ...(str(p.from) ? { from: str(p.from)! } : {}), ...(str(p.to) ? { to: str(p.to)! } : {}) };
  const rows = await ctx.store.knowledge.timeline(q);
  const f = {
    ...(str(p.body) ? { body: str(p.body)! } : {}), ...(str(p.country) ? { country: str(p.country)! } : {}),
    ...(str(p.person) ? { person: str(p.person)! } : {}), ...(str(p.topic) ? { topic: str(p.topic)! } : {}),
    ...(p.year !== undefined ? { year: String(p.year) } : {}),
  };
  const names = await personNamesFor(ctx.store, f.person);
  return rows.filter((e) => matches(e, f, names ? { personNames: names } : {}));
}

/** A page of an in-memory list, in the shape every list route returns. */
export function paged<T>(items: T[], limit: number, offset: number) {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

/**
 * The requested page of a list the store gives whole (up to its row limit), in the one envelope: the store counts
 * nothing for these, so the total comes from the rows themselves.
 */
export async function pageOf<T>(p: Params, rows: (all: { limit: number; offset: number }) => Promise<T[]>) {
  const { limit, offset } = page(p);
  return paged(await rows({ limit: MAX_LIMIT, offset: 0 }), limit, offset);
}
