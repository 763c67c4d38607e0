import type { TimelineRow } from "../../knowledge/api.ts";
import { ORGANIZATIONS } from "../../data/organizations.ts";
import { TOPICS } from "../../knowledge/topics.ts";
import { dateRange, eventHref, sourceChips, statusBadge, topicChips } from "../components.ts";
import { matches, withFilter, type TimelineFilters } from "../filters.ts";
import { html } from "../html.ts";
import { layout } from "../layout.ts";

const label = (e: TimelineRow) => (e.name ? e.name : e.bodies.map((b) => b.value).join(" + ") || e.kind);
const yearOf = (e: TimelineRow) => e.start?.slice(0, 4) ?? "undated";

/** All merged events, filtered, grouped by year, with a year histogram to zoom in. */
export function timelinePage(all: TimelineRow[], f: TimelineFilters): string {
  const inFilter = all.filter((e) => matches(e, f, { ignoreYear: true }));
  const shown = inFilter.filter((e) => matches(e, f));
  const years = new Map<string, number>();
  for (const e of inFilter) years.set(yearOf(e), (years.get(yearOf(e)) ?? 0) + 1);
  const max = Math.max(1, ...years.values());
  const groups = new Map<string, TimelineRow[]>();
  for (const e of shown) groups.set(yearOf(e), [...(groups.get(yearOf(e)) ?? []), e]);
  const body = html`
<h1>Timeline <span class="muted">${shown.length} of ${all.length} events</span></h1>
<form class="filters" method="get" action="/">
  <label>Organization <select name="org" class="auto-submit"><option value="">any</option>${ORGANIZATIONS.map(
    (o) => html`<option${o.abbr === f.org ? html` selected` : ""}>${o.abbr}</option>`,
  )}</select></label>
  <label>Body <input name="body" value="${f.body ?? ""}" placeholder="e.g. Council of Foreign Ministers"></label>
  <label>Country <input name="country" value="${f.country ?? ""}" placeholder="e.g. Kazakhstan"></label>
  <label>Person <input name="person" value="${f.person ?? ""}" placeholder="e.g. Tokayev"></label>
  <label>Topic <select name="topic" class="auto-submit"><option value="">any</option>${TOPICS.map(
    (t) => html`<option value="${t.id}"${t.id === f.topic ? html` selected` : ""}>${t.label}</option>`,
  )}</select></label>
  ${f.year ? html`<input type="hidden" name="year" value="${f.year}">` : ""}
  <button type="submit">Filter</button> <a href="/">Clear</a>
</form>
<nav class="years" aria-label="Zoom by year">
  <a href="${withFilter(f, "year", null)}"${!f.year ? html` aria-current="true"` : ""}>All years</a>
  ${[...years.keys()].sort().map((y) => html`<a class="year" href="${y === "undated" ? "#undated" : withFilter(f, "year", y)}"${y === f.year ? html` aria-current="true"` : ""}>
    <span class="bar" data-h="${Math.round((10 * (years.get(y) ?? 0)) / max)}"></span><span>${y}</span><span class="muted">${years.get(y)}</span></a>`)}
</nav>
${shown.length ? "" : html`<p class="empty">No event matches these filters.</p>`}
${[...groups.keys()].sort().map((y) => html`<section class="year-group" id="${y}"><h2>${y}</h2><ol class="timeline">${(groups.get(y) ?? []).map(eventItem)}</ol></section>`)}`;
  return layout({ title: "Timeline", body, nav: "timeline" });
}

function eventItem(e: TimelineRow) {
  const place = [e.city, e.country].filter(Boolean).join(", ");
  return html`<li class="event">
  <div class="when">${dateRange(e.start, e.end)}</div>
  <div class="what"><a class="event-link" href="${eventHref(e.key)}">${e.org ? `${e.org} ` : ""}${label(e)}</a> ${statusBadge(e.status)}
    ${e.conflicts.length ? html`<span class="badge badge-conflict" title="sources disagree">sources disagree</span>` : ""}
    <div class="meta">${place ? html`<span class="place">${place}</span>` : ""} ${topicChips(e.topics)}</div>
    <div class="meta">${e.sources.length} source${e.sources.length === 1 ? "" : "s"}: ${sourceChips(e.sources)}</div>
  </div>
</li>`;
}
