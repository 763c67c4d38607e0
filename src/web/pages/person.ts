import type { PersonDetail, PersonSummary } from "../../knowledge/api.ts";
import { dateRange, eventHref, evidenceList, personHref, sourceChips, sourcedList } from "../components.ts";
import { html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";
import type { QuoteView } from "../quote-views.ts";
import { officeHref } from "./offices.ts";
import { quoteItem } from "./quote-item.ts";
import { eventLabel } from "./timeline.ts";

/** One person across articles: offices over time, meetings attended, quotes in full. */
export function personPage(kb: Kb, p: PersonDetail, quotes: QuoteView[]): string {
  const id = kb.personId(p);
  const body = html`
<article class="card person-page">
  <p class="muted">Person · <a href="/api/people/${encodeURIComponent(p.key)}" type="application/json">JSON</a></p>
  <h1>${p.name}</h1>
  ${p.names.length > 1 ? html`<p class="muted">Also written: ${p.names.filter((n) => n.value !== p.name).map((n) => n.value).join(", ")}</p>` : ""}
  <h2>Offices over time</h2>
  ${p.offices.length ? html`<div class="table-scroll"><table class="offices"><thead><tr><th scope="col">Office</th><th scope="col">Of</th><th scope="col">Attested</th></tr></thead><tbody>${p.offices.map(
    (o) => html`<tr><td><a href="${officeHref(o.title, o.of)}">${o.title}</a>${o.acting ? html` <span class="badge">acting</span>` : ""}</td><td>${o.of ?? ""}</td><td>${dateRange(o.from, o.to)}</td></tr>`,
  )}</tbody></table></div>` : html`<p class="muted">No office known.</p>`}
  <h3>Titles as the sources give them</h3>${sourcedList(p.roles, kb.articles)}
  <h2>Meetings attended <span class="muted">${p.events.length}</span></h2>
  ${p.events.length ? html`<ul class="values">${p.events.map(
    (e) => html`<li><span class="when">${dateRange(e.start, e.end)}</span> <a class="event-link" href="${eventHref(kb.eventId(e))}">${eventLabel(e)}</a> ${e.city ?? ""} ${sourceChips(e.sources, kb.articles)}</li>`,
  )}</ul>` : html`<p class="muted">None recorded.</p>`}
  <h2 id="quotes">Quotes <span class="muted">${quotes.length}</span></h2>
  ${quotes.length ? html`<p><a class="all-quotes" href="/quotes?person=${encodeURIComponent(p.name)}">All quotes of ${p.name}, with filters</a></p>` : ""}
  ${quotes.map((q) => quoteItem(kb, q, { speaker: false }))}
  <h2>Mentions</h2>
  ${evidenceList(p.evidence, kb.articles, 20)}
</article>`;
  return layout({ title: p.name, body, nav: "people", canonical: personHref(id) });
}

export function peoplePage(kb: Kb, people: PersonSummary[], q: string): string {
  const body = html`
<h1>People <span class="muted">${people.length}</span></h1>
<form class="filters" method="get" action="/people"><label>Name <input name="q" value="${q}" placeholder="e.g. Tokayev"></label><button type="submit">Find</button></form>
<ul class="people">${people.map(
    (p) => html`<li><a class="person-link" href="${personHref(kb.personId(p))}">${p.name}</a> <span class="muted">${p.roles.map((r) => r.value).join("; ")}</span></li>`,
  )}</ul>`;
  return layout({ title: "People", body, nav: "people" });
}
