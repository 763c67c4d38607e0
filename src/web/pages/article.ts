import type { ArticleFacts } from "../../extract/types.ts";
import type { ArticleRow, MentionRow, Page } from "../../store/types.ts";
import { dateRange } from "../components.ts";
import { factAnchors, highlightText } from "../highlight.ts";
import { html } from "../html.ts";
import { layout } from "../layout.ts";

const KINDS = ["person", "place", "org", "body", "title", "date", "quote"] as const;

/** The original text with every extracted span highlighted by kind, each linking to the fact it feeds. */
export function articlePage(a: ArticleRow, facts: ArticleFacts | null, mentions: MentionRow[], links: { events: Map<number, string>; people: Map<string, string> }): string {
  const anchors = facts ? factAnchors(facts) : [];
  const starts = new Set(anchors.flatMap((x) => x.evidence.map((e) => e.sentence.start)));
  const body = html`
<article class="card article-page">
  <h1>${a.title ?? a.slug}</h1>
  <p class="muted">${[a.outlet, a.published, a.dateline].filter(Boolean).join(" · ") || "no date or outlet known"} · <span class="mono">${a.source.split(/[\\/]/).pop() ?? a.source}</span>${a.url ? html` · <a href="${safeUrl(a.url)}" rel="noopener noreferrer nofollow">original</a>` : ""}</p>
  <fieldset class="legend" aria-label="Highlight">${KINDS.map(
    (k) => html`<label class="k-${k}"><input type="checkbox" class="kind-toggle" value="${k}" checked> ${k}</label>`,
  )}</fieldset>
  <div class="article-text" id="article-text">${highlightText(a.text, mentions, anchors, starts)}</div>
</article>
${facts ? factsSection(facts, links) : ""}`;
  return layout({ title: a.title ?? a.slug, body, nav: "articles" });
}

function factsSection(f: ArticleFacts, links: { events: Map<number, string>; people: Map<string, string> }) {
  return html`<section class="card facts-list"><h2>Facts from this article</h2>
  <h3>Events</h3><ol>${f.events.map((e, i) => {
    const key = links.events.get(i);
    return html`<li id="fact-event-${i}" class="fact">${dateRange(e.start, e.end)} · ${e.org ?? ""} ${e.name ?? e.bodies.join(" + ")} · ${e.city ?? ""} (${e.status})${key ? html` → <a href="/events/${encodeURIComponent(key)}">merged event</a>` : ""}</li>`;
  })}</ol>
  <h3>People</h3><ol>${f.people.map((p, i) => {
    const key = links.people.get(p.name);
    return html`<li id="fact-person-${i}" class="fact">${key ? html`<a class="person-link" href="/people/${encodeURIComponent(key)}">${p.name}</a>` : p.name} <span class="muted">${p.roles.map((r) => [r.acting ? "acting" : "", r.title, r.of].filter(Boolean).join(" ")).join("; ")}</span></li>`;
  })}</ol>
  <h3>Quotes</h3><ol>${f.quotes.map((q, i) => html`<li id="fact-quote-${i}" class="fact"><b>${q.speaker}</b>: “${q.full ?? q.text}”</li>`)}</ol>
  <h3>Chairmanships</h3><ol>${f.chairmanships.map((c, i) => html`<li id="fact-chair-${i}" class="fact">${c.org}: ${c.state} ${dateRange(c.start, c.end)}</li>`)}</ol>
</section>`;
}

/** Only http(s) links: a javascript: URL from an article's metadata must not become a link. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : "#";
}

export function articlesPage(page: Page<ArticleRow>): string {
  const body = html`<h1>Articles <span class="muted">${page.total}</span></h1>
<ul class="articles">${page.items.map((a) => html`<li><a class="article-link" href="/articles/${a.id}">${a.title ?? a.slug}</a> <span class="muted">${[a.outlet, a.published].filter(Boolean).join(" · ")} · ${a.slug}</span></li>`)}</ul>
${page.total > page.offset + page.items.length ? html`<a href="/articles?offset=${page.offset + page.limit}">More</a>` : ""}`;
  return layout({ title: "Articles", body, nav: "articles" });
}
