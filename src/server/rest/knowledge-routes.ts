import { notFound } from "../http-error.ts";
import { personByKey } from "../../web/lookup.ts";
import { filteredEvents, pageOf, paged } from "./lists.ts";
import { EVENT_FILTERS, PAGE, page } from "./params.ts";
import type { RouteDef } from "./route.ts";

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** The knowledge base: merged events, people, offices, chairmanships, topics, conflicts. */
export const KNOWLEDGE_ROUTES: RouteDef[] = [
  {
    method: "get", path: "/events", summary: "Events merged across articles, with every source, filtered and paged",
    params: [...EVENT_FILTERS, ...PAGE], responses: { 200: "a page of events: {items, total, limit, offset}" },
    async handle(ctx, c, p) {
      const { limit, offset } = page(p);
      return c.json(paged(await filteredEvents(ctx, p), limit, offset));
    },
  },
  {
    method: "get", path: "/events/:key", summary: "One merged event: every slot with its sources, conflicts, topics and source sentences",
    params: [], pathParams: [{ name: "key", description: "the event's id as the timeline gives it, URL-encoded (seed-000%230)" }],
    responses: { 200: "the event" },
    async handle(ctx, c) {
      const e = await ctx.store.knowledge.event(c.req.param("key")!);
      if (!e) throw notFound(`no event "${c.req.param("key")}"`);
      return c.json(e);
    },
  },
  {
    method: "get", path: "/people", summary: "People merged across articles and spellings",
    params: [{ name: "q", type: "string", description: "part of any name the person goes by" }, ...PAGE], responses: { 200: "a page of people" },
    async handle(ctx, c, p) {
      const q = str(p.q)?.toLowerCase();
      const all = await ctx.store.knowledge.people();
      const { limit, offset } = page(p);
      return c.json(paged(q ? all.filter((x) => x.names.some((n) => n.value.toLowerCase().includes(q))) : all, limit, offset));
    },
  },
  {
    method: "get", path: "/people/:key", summary: "One person: names, offices over time, events attended, quotes",
    params: [], pathParams: [{ name: "key", description: "the person's id from /api/people, URL-encoded" }], responses: { 200: "the person" },
    async handle(ctx, c) {
      const person = await personByKey(ctx.store, c.req.param("key")!);
      if (!person) throw notFound(`no person "${c.req.param("key")}"`);
      return c.json(person);
    },
  },
  {
    method: "get", path: "/offices", summary: "Holders of offices as dated intervals (acting holders flagged)",
    params: [{ name: "title", type: "string", description: "e.g. Secretary General, President" }, { name: "of", type: "string", description: "organization or country, e.g. CSTO" }, ...PAGE],
    responses: { 200: "a page of offices with their holders" },
    async handle(ctx, c, p) {
      return c.json(await pageOf(p, () => ctx.store.knowledge.office(str(p.title), str(p.of))));
    },
  },
  {
    method: "get", path: "/chairmanships", summary: "Each organization's chairmanship rotation as a timeline",
    params: [{ name: "org", type: "string", description: "organization abbreviation" }, ...PAGE], responses: { 200: "a page of timelines, one per organization" },
    async handle(ctx, c, p) {
      return c.json(await pageOf(p, () => ctx.store.knowledge.chairmanships(str(p.org))));
    },
  },
  {
    method: "get", path: "/topics", summary: "How often each topic comes up in events and quotes, overall or per year",
    params: [{ name: "by", type: "enum", values: ["year", "all"], description: "per year, or overall (default)" }, ...PAGE], responses: { 200: "a page of topic counts" },
    async handle(ctx, c, p) {
      return c.json(await pageOf(p, () => ctx.store.knowledge.topics(p.by === "year" ? { by: "year" } : {})));
    },
  },
  {
    method: "get", path: "/conflicts", summary: "Merged events whose sources disagree on a slot, each value with its sources",
    params: [...PAGE], responses: { 200: "a page of conflicts" },
    async handle(ctx, c, p) {
      return c.json(await pageOf(p, () => ctx.store.knowledge.conflicts()));
    },
  },
];
