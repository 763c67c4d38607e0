import { eventsCsv } from "./export-csv.ts";
import { eventsGraphml } from "./export-graph.ts";
import { eventsJsonLd } from "./export-jsonld.ts";
import { filteredEvents } from "./lists.ts";
import { EVENT_FILTERS } from "./params.ts";
import type { RouteDef } from "./route.ts";

const attachment = (name: string) => ({ "Content-Disposition": `attachment; filename="${name}"` });

/** Any filtered set of merged events, in formats other tools read. */
export const EXPORT_ROUTES: RouteDef[] = [
  {
    method: "get", path: "/export/events.csv", summary: "Merged events as CSV (spreadsheets)", params: EVENT_FILTERS,
    responses: { 200: "CSV, one row per event" }, produces: "text/csv",
    async handle(ctx, c, p) {
      return c.body(eventsCsv(await filteredEvents(ctx, p)), 200, { "Content-Type": "text/csv; charset=utf-8", ...attachment("events.csv") });
    },
  },
  {
    method: "get", path: "/export/events.jsonl", summary: "Merged events as JSON Lines", params: EVENT_FILTERS,
    responses: { 200: "one JSON event per line" }, produces: "application/x-ndjson",
    async handle(ctx, c, p) {
      const body = (await filteredEvents(ctx, p)).map((e) => JSON.stringify(e)).join("\n") + "\n";
      return c.body(body, 200, { "Content-Type": "application/x-ndjson; charset=utf-8", ...attachment("events.jsonl") });
    },
  },
  {
    method: "get", path: "/export/events.jsonld", summary: "Merged events as JSON-LD (schema.org Event and Person)", params: EVENT_FILTERS,
    responses: { 200: "a JSON-LD @graph" }, produces: "application/ld+json",
    async handle(ctx, c, p) {
      const base = ctx.baseUrl ?? "";
      const [rows, offices] = await Promise.all([filteredEvents(ctx, p), ctx.store.knowledge.office()]);
      return c.body(JSON.stringify(eventsJsonLd(rows, base, offices), null, 2), 200, { "Content-Type": "application/ld+json; charset=utf-8", ...attachment("events.jsonld") });
    },
  },
  {
    method: "get", path: "/export/network.graphml", summary: "People–events network as GraphML (Gephi)", params: EVENT_FILTERS,
    responses: { 200: "GraphML" }, produces: "application/graphml+xml",
    async handle(ctx, c, p) {
      return c.body(eventsGraphml(await filteredEvents(ctx, p)), 200, { "Content-Type": "application/graphml+xml; charset=utf-8", ...attachment("network.graphml") });
    },
  },
];
