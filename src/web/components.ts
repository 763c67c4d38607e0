import type { EvidenceRow } from "../store/types.ts";
import type { FactRef, Sourced } from "../knowledge/types.ts";
import { html, type Html } from "./html.ts";

export const eventHref = (key: string) => `/events/${encodeURIComponent(key)}`;
export const personHref = (key: string) => `/people/${encodeURIComponent(key)}`;
export const articleHref = (id: number | undefined, anchor?: string) => (id === undefined ? "/articles" : `/articles/${id}${anchor ? `#${anchor}` : ""}`);

export function dateRange(start: string | null, end: string | null): string {
  if (!start) return "date unknown";
  return end && end !== start ? `${start} – ${end}` : start;
}

/** Small links to the articles that state a value. */
export function sourceChips(sources: FactRef[]): Html {
  const seen = new Set<string>();
  const uniq = sources.filter((s) => !seen.has(s.article) && seen.add(s.article));
  return html`<span class="sources">${uniq.map((s) => html`<a class="chip" href="${articleHref(s.articleId)}">${s.article}</a>`)}</span>`;
}

export function sourcedList<T>(values: Sourced<T>[]): Html {
  if (!values.length) return html`<span class="muted">—</span>`;
  return html`<ul class="values">${values.map((v) => html`<li><span class="value">${String(v.value)}</span> ${sourceChips(v.sources)}</li>`)}</ul>`;
}

/** Source sentences, each linking to its place in the article. */
export function evidenceList(evidence: EvidenceRow[], limit = 50): Html {
  if (!evidence.length) return html`<p class="muted">No source sentence stored.</p>`;
  return html`<ol class="evidence">${evidence.slice(0, limit).map(
    (e) => html`<li><a class="chip" href="${articleHref(e.articleId, `s-${e.sentenceStart}`)}">${e.articleSlug}</a> <span class="sentence">${e.sentence}</span> <span class="rule">${e.rule}</span></li>`,
  )}</ol>${evidence.length > limit ? html`<p class="muted">and ${evidence.length - limit} more</p>` : ""}`;
}

export function statusBadge(status: string): Html {
  return html`<span class="badge badge-${status === "held" ? "held" : "planned"}">${status}</span>`;
}

export function topicChips(topics: string[]): Html {
  return html`${topics.map((t) => html`<a class="chip topic" href="/?topic=${encodeURIComponent(t)}">${t}</a>`)}`;
}
