import { articleHref, articleLabel, eventHref } from "../components.ts";
import { html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";
import { eventLabel } from "./timeline.ts";

export interface OverviewCounts {
  articles: number;
  quotes: number;
  conflicts: number;
  offices: number;
}

/** What the knowledge base holds: sizes, period, organizations, recent additions and data-quality flags. */
export function overviewPage(kb: Kb, n: OverviewCounts): string {
  const dated = kb.events.map((e) => e.start).filter((d): d is string => !!d).sort();
  const orgs = new Map<string, number>();
  for (const e of kb.events) if (e.org) orgs.set(e.org, (orgs.get(e.org) ?? 0) + 1);
  const recent = [...kb.articles.byId.values()].sort((a, b) => b.ingestedAt.localeCompare(a.ingestedAt) || b.id - a.id).slice(0, 6);
  const newest = kb.events.filter((e) => e.start).sort((a, b) => b.start!.localeCompare(a.start!)).slice(0, 5);
  const undated = kb.events.filter((e) => !e.start).length;
  const placeless = kb.events.filter((e) => !e.city && !e.country).length;
  const noOrg = kb.events.filter((e) => !e.org).length;
  const noHeadline = [...kb.articles.byId.values()].filter((a) => !a.title).length;
  const flag = (count: number, text: string, href?: string) => html`<li>${href && count ? html`<a href="${href}">${count} ${text}</a>` : html`${count} ${text}`}</li>`;
  const body = html`<h1>Overview</h1>
<section class="stats" aria-label="What the knowledge base holds">
  <a class="stat" href="/timeline"><b>${kb.events.length}</b> events</a>
  <a class="stat" href="/people"><b>${kb.people.length}</b> people</a>
  <a class="stat" href="/quotes"><b>${n.quotes}</b> quotes</a>
  <a class="stat" href="/offices"><b>${n.offices}</b> offices</a>
  <a class="stat" href="/articles"><b>${n.articles}</b> articles</a>
</section>
<p class="lead">${dated.length ? html`Events from <span class="nowrap">${dated[0]}</span> to <span class="nowrap">${dated[dated.length - 1]}</span>.` : "No dated event yet."}</p>
<form class="filters" method="get" action="/timeline"><label>Events of a person <input name="person" placeholder="any spelling, e.g. Tokaev"></label><button type="submit">Show</button></form>
<div class="columns">
<section class="card"><h2>Organizations</h2><ul class="values">${[...orgs].sort((a, b) => b[1] - a[1]).map(
  ([org, count]) => html`<li><a href="/timeline?org=${encodeURIComponent(org)}">${org}</a> <span class="count">${count}</span></li>`,
)}</ul></section>
<section class="card"><h2>Latest events</h2><ul class="values">${newest.map(
  (e) => html`<li><span class="nowrap">${e.start}</span> <a class="event-link" href="${eventHref(kb.eventId(e))}">${eventLabel(e)}</a></li>`,
)}</ul></section>
<section class="card"><h2>Recently added articles</h2><ul class="values">${recent.map(
  (a) => html`<li><a class="article-link" href="${articleHref(a)}">${articleLabel(a)}</a></li>`,
)}</ul></section>
<section class="card"><h2>Data quality</h2><ul class="values">
  ${flag(undated, "undated events", "/timeline?year=undated")}
  ${flag(placeless, "events without a place")}
  ${flag(noOrg, "events without an organization")}
  ${flag(n.conflicts, "events whose sources disagree", "/conflicts")}
  ${flag(noHeadline, "articles without a stored headline", "/articles")}
</ul></section>
</div>`;
  return layout({ title: "Overview", body, nav: "overview" });
}
