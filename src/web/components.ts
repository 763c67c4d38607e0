import type { EvidenceRow } from "../store/types.ts";
import type { ArticleRow } from "../store/types.ts";
import type { FactRef, Sourced } from "../knowledge/types.ts";
import { topicLabel } from "../knowledge/topics.ts";
import { articleKey, type ArticleIndex } from "./ids.ts";
import { html, type Html } from "./html.ts";

export const eventHref = (id: string) => `/events/${encodeURIComponent(id)}`;
export const personHref = (id: string) => `/people/${encodeURIComponent(id)}`;
export const articleHref = (a: Pick<ArticleRow, "hash">) => `/articles/${articleKey(a)}`;

/** The article page scrolled to a sentence, with the sentence lit and the exact span marked. */
export function sentenceHref(a: Pick<ArticleRow, "hash">, e: Pick<EvidenceRow, "start" | "end" | "sentenceStart" | "sentenceEnd">): string {
  return `${articleHref(a)}?s=${e.sentenceStart}-${e.sentenceEnd}&hl=${e.start}-${e.end}#hl`;
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * The article's headline; else a line among its first few that reads like one (three words or more, no full stop:
 * not a dateline or page furniture such as "+ ↺ − 16 px"); else the opening words of its text.
 */
export function headlineOf(a: Pick<ArticleRow, "title" | "text" | "slug">): string {
  if (a.title) return a.title;
  const lines = a.text.split(/\n/).map((l) => l.trim()).filter(Boolean).slice(0, 3);
  const line = lines.find((l) => l.length <= 160 && !/[.:;,]$/.test(l) && (l.match(/\p{L}{2,}/gu) ?? []).length >= 3);
  if (line) return line;
  const lead = a.text.trim().replace(/\s+/g, " ");
  return lead ? short(lead, 80) : a.slug;
}

/** An article named as a reader cites it: outlet, date, headline. */
export function articleLabel(a: ArticleRow): string {
  return [a.outlet, a.published, short(headlineOf(a), 70)].filter(Boolean).join(" · ");
}

export function dateRange(start: string | null, end: string | null, opts: { open?: boolean } = {}): Html {
  if (!start && !end) return html`<span class="nowrap">date unknown</span>`;
  if (!start) return html`<span class="nowrap">until ${end}</span>`;
  if (opts.open && !end) return html`<span class="nowrap">${start} – <span class="muted">open</span></span>`;
  return html`<span class="nowrap">${end && end !== start ? `${start} – ${end}` : start}</span>`;
}

/** Links to the articles that state a value, each named by outlet, date and headline. */
export function sourceChips(sources: readonly FactRef[], idx: ArticleIndex): Html {
  const seen = new Set<string>();
  const rows = sources.map((s) => idx.of(s)).filter((a): a is ArticleRow => !!a && !seen.has(a.hash) && !!seen.add(a.hash));
  return html`<span class="sources">${rows.map((a) => html`<a class="chip source" href="${articleHref(a)}" title="${headlineOf(a)}">${articleLabel(a)}</a>`)}</span>`;
}

export function sourcedList<T>(values: Sourced<T>[], idx: ArticleIndex): Html {
  if (!values.length) return html`<span class="muted">—</span>`;
  return html`<ul class="values">${values.map((v) => html`<li><span class="value">${String(v.value)}</span> ${sourceChips(v.sources, idx)}</li>`)}</ul>`;
}

/** Source sentences, each opening its article at the sentence with the exact span marked. */
export function evidenceList(evidence: EvidenceRow[], idx: ArticleIndex, limit = 50): Html {
  if (!evidence.length) return html`<p class="muted">No source sentence stored.</p>`;
  return html`<ol class="evidence">${evidence.slice(0, limit).map((e) => {
    const a = idx.byId.get(e.articleId);
    const slot = e.slot ? html`<span class="slot">${e.slot}: ${e.value ?? ""}</span> — ` : "";
    return html`<li>${slot}${a ? html`<a class="chip source" href="${sentenceHref(a, e)}" title="${headlineOf(a)}">${articleLabel(a)}</a>` : e.articleSlug} <span class="sentence">${e.sentence}</span> <span class="rule">${e.rule}</span></li>`;
  })}</ol>${evidence.length > limit ? html`<p class="muted">and ${evidence.length - limit} more</p>` : ""}`;
}

export function statusBadge(status: string): Html {
  return html`<span class="badge badge-${status === "held" ? "held" : "planned"}">${status}</span>`;
}

export function topicChips(topics: string[]): Html {
  return html`${topics.map((t) => html`<a class="chip topic" href="/timeline?topic=${encodeURIComponent(t)}">${topicLabel(t)}</a>`)}`;
}

/** Download links for the events of the current view, in every export format the API has. */
export function downloads(query: string, extra: Html | string = ""): Html {
  const q = query ? `?${query}` : "";
  return html`<p class="downloads">Download these events: <a href="/api/export/events.csv${q}" download>CSV</a> · <a href="/api/export/events.jsonl${q}" download>JSON Lines</a> · <a href="/api/export/events.jsonld${q}" download>JSON-LD</a> · <a href="/api/export/network.graphml${q}" download>GraphML</a>${extra}</p>`;
}
