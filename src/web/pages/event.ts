import type { EventDetail } from "../../knowledge/api.ts";
import type { Sourced } from "../../knowledge/types.ts";
import { dateRange, eventHref, evidenceList, personHref, sentenceHref, sourceChips, sourcedList, statusBadge } from "../components.ts";
import { html, type Html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";
import { eventLabel } from "./timeline.ts";

/** One merged event: every slot with the sources of each value, conflicts side by side, the source sentences. */
export function eventPage(kb: Kb, e: EventDetail): string {
  const title = eventLabel(e);
  const people = (values: Sourced<string>[]): Html =>
    values.length
      ? html`<ul class="values">${values.map((v) => {
          const id = kb.personIdByName(v.value);
          return html`<li>${id ? html`<a class="person-link" href="${personHref(id)}">${v.value}</a>` : v.value} ${sourceChips(v.sources, kb.articles)}</li>`;
        })}</ul>`
      : html`<span class="muted">—</span>`;
  const rows: [string, Html][] = [
    ["Date", sourcedList(e.dates, kb.articles)],
    ["Bodies", sourcedList(e.bodies, kb.articles)],
    ["City", sourcedList(e.cities, kb.articles)],
    ["Country", sourcedList(e.countries, kb.articles)],
    ["Chair", people(e.chairs)],
    ["Attended by", people(e.attendees)],
    ["States represented", sourcedList(e.states, kb.articles)],
    ["Documents signed", sourcedList(e.documentsCounts, kb.articles)],
    ["Documents", sourcedList(e.documents, kb.articles)],
  ];
  const body = html`
<article class="card event-page">
  <p class="muted">${e.kind} ${statusBadge(e.status)} · <a href="/api/events/${encodeURIComponent(e.key)}" type="application/json">JSON</a></p>
  <h1>${title}</h1>
  <p class="lead">${dateRange(e.start, e.end)}${e.city ? ` · ${[e.city, e.country].filter(Boolean).join(", ")}` : ""}</p>
  ${e.conflicts.length ? html`<section class="conflicts"><h2>Sources disagree</h2>${e.conflicts.map(
    (c) => html`<div class="conflict"><h3>${c.slot.replace("_", " ")}</h3><div class="side-by-side">${c.values.map(
      (v) => html`<div class="side"><div class="value">${v.value}</div>${sourceChips(v.sources, kb.articles)}</div>`,
    )}</div></div>`,
  )}</section>` : ""}
  <table class="facts"><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>
  ${e.topicTags.length ? html`<h2>Topics</h2><ul class="values">${e.topicTags.map((t) => {
    const a = kb.articles.byId.get(t.evidence.articleId);
    return html`<li><a class="chip topic" href="/timeline?topic=${encodeURIComponent(t.topic)}">${t.label}</a> “${t.text}”${a ? html` in <a href="${sentenceHref(a, t.evidence)}">${a.outlet ?? a.slug}</a>` : ""}</li>`;
  })}</ul>` : ""}
  <h2>Source sentences <span class="muted">${e.sources.length} source${e.sources.length === 1 ? "" : "s"}</span></h2>
  ${evidenceList(e.evidence, kb.articles)}
</article>`;
  return layout({ title, body, nav: "timeline", canonical: eventHref(kb.eventId(e)) });
}
