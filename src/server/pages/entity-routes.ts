import type { Hono } from "hono";
import { eventHref, personHref } from "../../web/components.ts";
import { eventRefs, loadKb, personRefs, resolve } from "../../web/kb.ts";
import { eventPage } from "../../web/pages/event.ts";
import { officeId, officePage, officesPage } from "../../web/pages/offices.ts";
import { peoplePage, personPage } from "../../web/pages/person.ts";
import { personQuotes } from "../../web/quote-views.ts";
import type { ServerContext } from "../context.ts";
import { notFound } from "../http-error.ts";
import { text } from "./query.ts";

/** Events, people and offices at content-derived addresses; an older address of the same entity redirects. */
export function entityRoutes(app: Hono, ctx: ServerContext): void {
  const { store } = ctx;
  app.get("/events/:id", async (c) => {
    const param = c.req.param("id");
    const kb = await loadKb(store);
    const hit = resolve(kb, param, kb.events, kb.eventId, eventRefs);
    if (!hit) throw notFound(`no event "${param.slice(0, 100)}"`);
    if (hit.redirect) return c.redirect(eventHref(kb.eventId(hit.item)), 301);
    const e = await store.knowledge.event(hit.item.key);
    if (!e) throw notFound(`no event "${param.slice(0, 100)}"`);
    return c.html(eventPage(kb, e));
  });
  app.get("/people", async (c) => {
    const q = (text(c, "q") ?? "").slice(0, 100);
    const kb = await loadKb(store);
    const found = q ? new Set((await store.knowledge.person(q)).map((p) => p.key)) : null;
    const lower = q.toLowerCase();
    const people = found ? kb.people.filter((p) => found.has(p.key) || p.names.some((n) => n.value.toLowerCase().includes(lower))) : kb.people;
    return c.html(peoplePage(kb, people, q));
  });
  app.get("/people/:id", async (c) => {
    const param = c.req.param("id");
    const kb = await loadKb(store);
    const hit = resolve(kb, param, kb.people, kb.personId, personRefs);
    if (!hit) throw notFound(`no person "${param.slice(0, 100)}"`);
    if (hit.redirect) return c.redirect(personHref(kb.personId(hit.item)), 301);
    const p = (await store.knowledge.person(hit.item.name)).find((x) => x.key === hit.item.key);
    if (!p) throw notFound(`no person "${param.slice(0, 100)}"`);
    return c.html(personPage(kb, p, await personQuotes(store, kb, p.quotes)));
  });
  app.get("/offices", async (c) => c.html(officesPage(await store.knowledge.office())));
  app.get("/offices/:id", async (c) => {
    const id = c.req.param("id");
    const [kb, offices] = await Promise.all([loadKb(store), store.knowledge.office()]);
    const o = offices.find((x) => officeId(x.title, x.of) === id);
    if (!o) throw notFound(`no office "${id.slice(0, 100)}"`);
    return c.html(officePage(kb, o));
  });
}
