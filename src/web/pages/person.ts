import type { PersonDetail, PersonSummary } from "../../knowledge/api.ts";
import { dateRange, eventHref, evidenceList, personHref, sourceChips, sourcedList } from "../components.ts";
import { html } from "../html.ts";
import { layout } from "../layout.ts";

/** One person across articles: offices over time, meetings attended, quotes. */
export function personPage(p: PersonDetail): string {
  const body = html`
<article class="card person-page">
  <h1>${p.name}</h1>
  ${p.names.length > 1 ? html`<p class="muted">Also written: ${p.names.filter((n) => n.value !== p.name).map((n) => n.value).join(", ")}</p>` : ""}
  <h2>Offices over time</h2>
  ${p.offices.length ? html`<table class="offices"><thead><tr><th>Office</th><th>Of</th><th>Attested</th></tr></thead><tbody>${p.offices.map(
    (o) => html`<tr><td>${o.title}${o.acting ? html` <span class="badge">acting</span>` : ""}</td><td>${o.of ?? ""}</td><td>${dateRange(o.from, o.to)}</td></tr>`,
  )}</tbody></table>` : html`<p class="muted">No office known.</p>`}
  <h3>Titles as the sources give them</h3>${sourcedList(p.roles)}
  <h2>Meetings attended <span class="muted">${p.events.length}</span></h2>
  ${p.events.length ? html`<ul class="values">${p.events.map(
    (e) => html`<li><span class="when">${dateRange(e.start, e.end)}</span> <a class="event-link" href="${eventHref(e.key)}">${e.org ?? ""} ${e.name ?? e.bodies.map((b) => b.value).join(" + ")}</a> ${e.city ?? ""} ${sourceChips(e.sources)}</li>`,
  )}</ul>` : html`<p class="muted">None recorded.</p>`}
  <h2>Quotes <span class="muted">${p.quotes.length}</span></h2>
  ${p.quotes.map((q) => html`<blockquote class="quote"><p>${q.text}</p><footer>${q.evidence.slice(0, 1).map(
    (e) => html`<a class="chip" href="/articles/${e.articleId}#s-${e.sentenceStart}">${e.articleSlug}</a>`,
  )} ${q.topics.map((t) => html`<a class="chip topic" href="/?topic=${encodeURIComponent(t)}">${t}</a>`)}</footer></blockquote>`)}
  <h2>Mentions</h2>
  ${evidenceList(p.evidence, 20)}
</article>`;
  return layout({ title: p.name, body, nav: "people" });
}

export function peoplePage(people: PersonSummary[], q: string): string {
  const body = html`
<h1>People <span class="muted">${people.length}</span></h1>
<form class="filters" method="get" action="/people"><label>Name <input name="q" value="${q}" placeholder="e.g. Tokayev"></label><button type="submit">Find</button></form>
<ul class="people">${people.map(
    (p) => html`<li><a class="person-link" href="${personHref(p.key)}">${p.name}</a> <span class="muted">${p.roles.map((r) => r.value).join("; ")}</span> ${sourceChips(p.names.flatMap((n) => n.sources))}</li>`,
  )}</ul>`;
  return layout({ title: "People", body, nav: "people" });
}
