import { html, type Html } from "../html.ts";

export interface PageOpts {
  limit: number;
  offset: number;
}

/** Previous / next links and where this page is in the list. */
export function pager(p: PageOpts, total: number, href: (offset: number) => string): Html {
  if (total <= p.limit && p.offset === 0) return html``;
  const last = Math.min(total, p.offset + p.limit);
  return html`<nav class="pager" aria-label="Pages">
  ${p.offset > 0 ? html`<a rel="prev" href="${href(Math.max(0, p.offset - p.limit))}">← Previous</a>` : ""}
  <span>${total ? p.offset + 1 : 0}–${last} of ${total}</span>
  ${last < total ? html`<a rel="next" href="${href(p.offset + p.limit)}">Next →</a>` : ""}
</nav>`;
}
