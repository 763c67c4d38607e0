import type { ArticleFacts } from "../../extract/types.ts";
import type { ArticleRow, MentionRow, Page } from "../../store/types.ts";
import { articleHref, dateRange, eventHref, headlineOf, personHref } from "../components.ts";
import { factAnchors, highlightText, type Lit } from "../highlight.ts";
import { html } from "../html.ts";
import { layout } from "../layout.ts";
import { pager } from "./pager.ts";

const KINDS = ["person", "place", "org", "body", "title", "date", "quote"] as const;

export interface ArticleLinks {
  /** This article's event facts' index → merged event id. */
  events: Map<number, string>;
  personIdByName(name: string): string | undefined;
}

/** Only http(s) URLs become links: a javascript: or data: URL from an article's metadata stays text. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** The original text with every extracted span highlighted by kind, each linking to the fact it feeds. */
export function articlePage(a: ArticleRow, facts: ArticleFacts | null, mentions: MentionRow[], links: ArticleLinks, lit?: Lit): string {
  const anchors = facts ? factAnchors(facts) : [];
  const starts = new Set(anchors.flatMap((x) => x.evidence.map((e) => e.sentence.start)));
  const url = safeUrl(a.url);
  const headline = headlineOf(a);
  const body = html`
<article class="card article-page">
  <h1>${headline}</h1>
  <p class="muted">${[a.outlet, a.published, a.dateline].filter(Boolean).join(" · ") || "no date or outlet known"} · <span class="mono">${a.slug}</span>${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original</a>` : a.url ? html` · <span class="mono">${a.url}</span>` : ""}</p>
  ${lit ? html`<p class="lit-note"><a href="#hl">The source sentence</a> is lit; the exact words are underlined.</p>` : ""}
  <fieldset class="legend"><legend>Highlight</legend>${KINDS.filter((k) => mentions.some((m) => m.kind === k)).map(
    (k) => html`<label class="k-${k}"><input type="checkbox" class="kind-toggle" value="${k}" checked> ${k}</label>`,
  )}</fieldset>
  <div class="article-text" id="article-text">${highlightText(a.text, mentions, anchors, starts, lit)}</div>
</article>
${facts ? factsSection(facts, links) : ""}`;
  return layout({ title: headline, body, nav: "articles", canonical: articleHref(a) });
}

function factsSection(f: ArticleFacts, links: ArticleLinks) {
  return html`<section class="card facts-list"><h2>Facts from this article</h2>
  <h3>Events</h3><ol>${f.events.map((e, i) => {
    const id = links.events.get(i);
    return html`<li id="fact-event-${i}" class="fact">${dateRange(e.start, e.end)} · ${e.org ?? ""} ${e.name ?? e.bodies.join(" + ")} · ${e.city ?? ""} (${e.status})${id ? html` → <a href="${eventHref(id)}">merged event</a>` : ""}</li>`;
  })}</ol>
  <h3>People</h3><ol>${f.people.map((p, i) => {
    const id = links.personIdByName(p.name);
    return html`<li id="fact-person-${i}" class="fact">${id ? html`<a class="person-link" href="${personHref(id)}">${p.name}</a>` : p.name} <span class="muted">${p.roles.map((r) => [r.acting ? "acting" : "", r.title, r.of].filter(Boolean).join(" ")).join("; ")}</span></li>`;
  })}</ol>
  <h3>Quotes</h3><ol>${f.quotes.map((q, i) => html`<li id="fact-quote-${i}" class="fact"><b>${q.speaker}</b>: “${q.full ?? q.text}”</li>`)}</ol>
  <h3>Chairmanships</h3><ol>${f.chairmanships.map((c, i) => html`<li id="fact-chair-${i}" class="fact">${c.org}: ${c.state} ${dateRange(c.start, c.end)}</li>`)}</ol>
</section>`;
}

export function articlesPage(page: Page<ArticleRow>): string {
  const body = html`<h1>Articles <span class="muted">${page.total}</span></h1>
<ul class="articles">${page.items.map((a) => html`<li><a class="article-link" href="${articleHref(a)}">${headlineOf(a)}</a> <span class="muted">${[a.outlet, a.published].filter(Boolean).join(" · ")}</span></li>`)}</ul>
${pager(page, page.total, (o) => (o ? `/articles?offset=${o}` : "/articles"))}`;
  return layout({ title: "Articles", body, nav: "articles" });
}
