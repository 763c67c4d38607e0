import type { Page, SearchHit } from "../../store/types.ts";
import { escapeHtml, html, raw } from "../html.ts";
import { layout } from "../layout.ts";

/** The store marks matches with [[ ]]; the snippet is escaped first, then only those marks become <mark>. */
export function markSnippet(snippet: string) {
  return raw(escapeHtml(snippet).replace(/\[\[/g, "<mark>").replace(/\]\]/g, "</mark>"));
}

export function searchPage(q: string, page: Page<SearchHit> | null, hrefOf: (articleId: number) => string): string {
  const body = html`<h1>Search</h1>
<form class="filters" method="get" action="/search"><label>Words <input type="search" name="q" value="${q}" placeholder="e.g. terrorism Afghanistan" autofocus></label><button type="submit">Search</button></form>
${page === null ? html`<p class="muted">Full-text search over article texts and quotes.</p>` : html`
<p class="muted">${page.total} result${page.total === 1 ? "" : "s"}</p>
<ol class="hits">${page.items.map(
  (h) => html`<li class="hit hit-${h.kind}"><span class="badge">${h.kind}</span> <a class="hit-link" href="${hrefOf(h.articleId)}">${h.title ?? `article ${h.articleId}`}</a><p class="snippet">${markSnippet(h.snippet)}</p></li>`,
)}</ol>`}`;
  return layout({ title: q ? `Search: ${q}` : "Search", body, nav: "search" });
}
