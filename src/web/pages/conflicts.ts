import type { ConflictRow } from "../../knowledge/api.ts";
import { articleLabel, eventHref, sentenceHref } from "../components.ts";
import { html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";

/** Merged events whose sources disagree on a slot, each value with the sentences that give it. */
export function conflictsPage(kb: Kb, rows: ConflictRow[]): string {
  const idOf = (key: string) => {
    const e = kb.events.find((x) => x.key === key);
    return e ? kb.eventId(e) : undefined;
  };
  const body = html`<h1>Conflicts <span class="muted">${rows.length}</span></h1>
<p class="muted">Events whose sources disagree: each value side by side with the sentences that state it.</p>
${rows.length ? "" : html`<p class="empty">No source disagrees with another.</p>`}
${rows.map((r) => {
  const id = idOf(r.event);
  return html`<section class="card conflict"><h2>${id ? html`<a class="event-link" href="${eventHref(id)}">${r.label}</a>` : r.label} <span class="muted">${r.start ?? "undated"} · ${r.slot.replace("_", " ")}</span></h2>
<div class="side-by-side">${r.values.map((v) => html`<div class="side"><div class="value">${v.value}</div><ul class="values">${v.evidence.map((e) => {
    const a = kb.articles.byId.get(e.articleId);
    return html`<li>${a ? html`<a class="chip source" href="${sentenceHref(a, e)}">${articleLabel(a)}</a>` : e.articleSlug} <span class="sentence">${e.sentence}</span></li>`;
  })}</ul></div>`)}</div></section>`;
})}`;
  return layout({ title: "Conflicts", body, nav: "conflicts" });
}
