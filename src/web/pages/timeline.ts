import type { TimelineRow } from "../../knowledge/api.ts";
import { organizations } from "../../data/organizations.ts";
import { topics } from "../../knowledge/topics.ts";
import { dateRange, downloads, eventHref, sourceChips, statusBadge, topicChips } from "../components.ts";
import type { Facet } from "../facets.ts";
import { FILTER_NAMES, withFilter, type TimelineFilters } from "../filters.ts";
import { html, type Html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";
import { pager, type PageOpts } from "./pager.ts";
import { yearBar } from "./year-bar.ts";

export const eventLabel = (e: TimelineRow) => `${e.org ? `${e.org} ` : ""}${e.name ? e.name : e.bodies.map((b) => b.value).join(" + ") || e.kind}`;
const yearOf = (e: TimelineRow) => e.start?.slice(0, 4) ?? "undated";

export interface TimelineView {
  /** Events passing every filter but the year zoom (for the year bar), and those passing all, sorted. */
  inFilter: TimelineRow[];
  shown: TimelineRow[];
  total: number;
  filters: TimelineFilters;
  facets: Facet[];
  sort: "newest" | "oldest";
  page: PageOpts;
}

/** Merged events, filtered through aliases, with facet pick-lists, a year bar, sorting, pages and downloads. */
export function timelinePage(kb: Kb, v: TimelineView): string {
  const f = v.filters;
  const extra = { sort: v.sort === "oldest" ? "oldest" : undefined };
  const pageRows = v.shown.slice(v.page.offset, v.page.offset + v.page.limit);
  const groups = new Map<string, TimelineRow[]>();
  for (const e of pageRows) groups.set(yearOf(e), [...(groups.get(yearOf(e)) ?? []), e]);
  const apiQuery = new URLSearchParams(FILTER_NAMES.flatMap((n) => (f[n] ? [[n, f[n]!]] : []))).toString();
  const body = html`
<h1>Timeline <span class="muted">${v.shown.length} of ${v.total} events</span></h1>
<form class="filters" method="get" action="/timeline">
  <label>Organization <select name="org" class="auto-submit"><option value="">any</option>${organizations().map(
    (o) => html`<option${o.abbr === f.org ? html` selected` : ""}>${o.abbr}</option>`,
  )}</select></label>
  <label>Body <input name="body" value="${f.body ?? ""}" placeholder="e.g. CFM" list="dl-body"></label>
  <label>Country <input name="country" value="${f.country ?? ""}" placeholder="e.g. Kazakhstan" list="dl-country"></label>
  <label>Person <input name="person" value="${f.person ?? ""}" placeholder="e.g. Tokaev" list="dl-person"></label>
  <label>Topic <select name="topic" class="auto-submit"><option value="">any</option>${topics().map(
    (t) => html`<option value="${t.id}"${t.id === f.topic ? html` selected` : ""}>${t.label}</option>`,
  )}</select></label>
  <label>From <input name="from" value="${f.from ?? ""}" placeholder="YYYY-MM-DD" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
  <label>To <input name="to" value="${f.to ?? ""}" placeholder="YYYY-MM-DD" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
  <label>Order <select name="sort" class="auto-submit"><option value="newest">newest first</option><option value="oldest"${v.sort === "oldest" ? html` selected` : ""}>oldest first</option></select></label>
  ${f.year ? html`<input type="hidden" name="year" value="${f.year}">` : ""}
  <button type="submit">Filter</button> <a href="/timeline">Clear</a>
</form>
${datalists(v.facets)}
${yearBar(v.inFilter, f, extra)}
${facetPanel(v.facets, f, extra)}
${downloads(apiQuery)}
${v.shown.length ? "" : html`<p class="empty">No event matches these filters.</p>`}
${[...groups.keys()].map((y) => html`<section class="year-group" id="y-${y}"><h2>${y}</h2><ol class="timeline">${(groups.get(y) ?? []).map((e) => eventItem(kb, e))}</ol></section>`)}
${pager(v.page, v.shown.length, (offset) => withFilter(f, null, null, "/timeline", { ...extra, offset: offset ? String(offset) : undefined }))}`;
  return layout({ title: "Timeline", body, nav: "timeline" });
}

function datalists(facets: Facet[]): Html {
  return html`${facets.filter((x) => ["body", "country", "person"].includes(x.name)).map(
    (x) => html`<datalist id="dl-${x.name}">${x.values.slice(0, 200).map((v) => html`<option value="${v.value}"></option>`)}</datalist>`,
  )}`;
}

/** Pick-lists: the most frequent values of each facet, each a link that adds it to the filters. */
function facetPanel(facets: Facet[], f: TimelineFilters, extra: Record<string, string | undefined>): Html {
  return html`<div class="facets">${facets.filter((x) => x.values.length).map((x) => html`<details class="facet"${x.name === "org" || f[x.name] ? html` open` : ""}><summary>${x.label} <span class="muted">(${x.values.length})</span></summary><ul>${x.values.slice(0, 15).map(
    (v) => html`<li><a href="${withFilter(f, x.name, v.value, "/timeline", extra)}"${f[x.name] === v.value ? html` aria-current="true"` : ""}>${v.label}</a> <span class="count">${v.count}</span></li>`,
  )}</ul>${f[x.name] ? html`<a class="clear" href="${withFilter(f, x.name, null, "/timeline", extra)}">any ${x.label.toLowerCase()}</a>` : ""}</details>`)}</div>`;
}

export function eventItem(kb: Kb, e: TimelineRow): Html {
  const place = [e.city, e.country].filter(Boolean).join(", ");
  return html`<li class="event">
  <div class="when">${dateRange(e.start, e.end)}</div>
  <div class="what"><a class="event-link" href="${eventHref(kb.eventId(e))}">${eventLabel(e)}</a> ${statusBadge(e.status)}
    ${e.conflicts.length ? html`<span class="badge badge-conflict" title="sources disagree">sources disagree</span>` : ""}
    <div class="meta">${place ? html`<span class="place">${place}</span>` : ""} ${topicChips(e.topics)}</div>
    <div class="meta">${e.sources.length} source${e.sources.length === 1 ? "" : "s"}${copies(e)}: ${sourceChips(e.sources, kb.articles)}</div>
  </div>
</li>`;
}

/** "(2 independent)" when syndicated copies of one wire story are among the sources. */
function copies(e: TimelineRow): string {
  return e.independentSources !== undefined && e.independentSources < e.sources.length ? ` (${e.independentSources} independent)` : "";
}
