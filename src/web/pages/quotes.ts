import { html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";
import { organizations } from "../../data/organizations.ts";
import { topics } from "../../knowledge/topics.ts";
import type { QuoteView } from "../quote-views.ts";
import { pager, type PageOpts } from "./pager.ts";
import { quoteItem } from "./quote-item.ts";

export interface QuoteFilters {
  person?: string;
  org?: string;
  topic?: string;
  from?: string;
  to?: string;
  text?: string;
}
export const QUOTE_FILTERS = ["person", "org", "topic", "from", "to", "text"] as const;

const href = (f: QuoteFilters, offset: number) => {
  const p = new URLSearchParams();
  for (const n of QUOTE_FILTERS) if (f[n]) p.set(n, f[n]!);
  if (offset) p.set("offset", String(offset));
  return `/quotes${p.size ? `?${p}` : ""}`;
};

/** Quotes in full, newest first, filtered by speaker (any spelling), organization, topic, dates and words. */
export function quotesPage(kb: Kb, quotes: QuoteView[], f: QuoteFilters, page: PageOpts): string {
  const body = html`<h1>Quotes <span class="muted">${quotes.length}</span></h1>
<form class="filters" method="get" action="/quotes">
  <label>Speaker <input name="person" value="${f.person ?? ""}" placeholder="e.g. Tokaev"></label>
  <label>Organization <select name="org"><option value="">any</option>${organizations().map((o) => html`<option${o.abbr === f.org ? html` selected` : ""}>${o.abbr}</option>`)}</select></label>
  <label>Topic <select name="topic"><option value="">any</option>${topics().map((t) => html`<option value="${t.id}"${t.id === f.topic ? html` selected` : ""}>${t.label}</option>`)}</select></label>
  <label>From <input name="from" value="${f.from ?? ""}" placeholder="YYYY-MM-DD" size="10"></label>
  <label>To <input name="to" value="${f.to ?? ""}" placeholder="YYYY-MM-DD" size="10"></label>
  <label>Words <input name="text" value="${f.text ?? ""}" placeholder="e.g. terrorism"></label>
  <button type="submit">Filter</button> <a href="/quotes">Clear</a>
</form>
${quotes.length ? "" : html`<p class="empty">No quote matches these filters.</p>`}
<div class="quotes">${quotes.slice(page.offset, page.offset + page.limit).map((q) => quoteItem(kb, q))}</div>
${pager(page, quotes.length, (o) => href(f, o))}`;
  return layout({ title: "Quotes", body, nav: "quotes" });
}
