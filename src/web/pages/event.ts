import type { EventDetail } from "../../knowledge/api.ts";
import type { Sourced } from "../../knowledge/types.ts";
import { dateRange, evidenceList, sourceChips, sourcedList, statusBadge } from "../components.ts";
import { html } from "../html.ts";
import { layout } from "../layout.ts";

/** One merged event: every slot with the sources of each value, conflicts side by side, the source sentences. */
export function eventPage(e: EventDetail, personKeys: Map<string, string>): string {
  const title = `${e.org ? `${e.org} ` : ""}${e.name ?? (e.bodies.map((b) => b.value).join(" + ") || e.kind)}`;
  const people = (values: Sourced<string>[]) =>
    values.length
      ? html`<ul class="values">${values.map((v) => {
          const key = personKeys.get(v.value);
          return html`<li>${key ? html`<a class="person-link" href="/people/${encodeURIComponent(key)}">${v.value}</a>` : v.value} ${sourceChips(v.sources)}</li>`;
        })}</ul>`
      : html`<span class="muted">—</span>`;
  const rows: [string, ReturnType<typeof html>][] = [
    ["Date", sourcedList(e.dates)],
    ["Bodies", sourcedList(e.bodies)],
    ["City", sourcedList(e.cities)],
    ["Country", sourcedList(e.countries)],
    ["Chair", people(e.chairs)],
    ["Attended by", people(e.attendees)],
    ["States represented", sourcedList(e.states)],
    ["Documents signed", sourcedList(e.documentsCounts)],
    ["Documents", sourcedList(e.documents)],
  ];
  const body = html`
<article class="card event-page">
  <p class="muted">${e.kind} ${statusBadge(e.status)}</p>
  <h1>${title}</h1>
  <p class="lead">${dateRange(e.start, e.end)}${e.city ? ` · ${[e.city, e.country].filter(Boolean).join(", ")}` : ""}</p>
  ${e.conflicts.length ? html`<section class="conflicts"><h2>Sources disagree</h2>${e.conflicts.map(
    (c) => html`<div class="conflict"><h3>${c.slot.replace("_", " ")}</h3><div class="side-by-side">${c.values.map(
      (v) => html`<div class="side"><div class="value">${v.value}</div>${sourceChips(v.sources)}</div>`,
    )}</div></div>`,
  )}</section>` : ""}
  <table class="facts"><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>
  ${e.topicTags.length ? html`<h2>Topics</h2><ul class="values">${e.topicTags.map(
    (t) => html`<li><a class="chip topic" href="/?topic=${encodeURIComponent(t.topic)}">${t.label}</a> “${t.text}” in <a class="chip" href="/articles/${t.evidence.articleId}#s-${t.evidence.sentenceStart}">${t.evidence.articleSlug}</a></li>`,
  )}</ul>` : ""}
  <h2>Sources <span class="muted">${e.sources.length}</span></h2>
  ${evidenceList(e.evidence)}
</article>`;
  return layout({ title, body, nav: "timeline" });
}
