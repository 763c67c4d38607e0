import type { ChairTimelineRow } from "../../knowledge/api.ts";
import { chairTerms, type ChairTerm } from "../chair-terms.ts";
import { dateRange, eventHref, evidenceList } from "../components.ts";
import { html, type Html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";
import { eventLabel } from "./timeline.ts";

const ENDS: Record<ChairTerm["endFrom"], string> = {
  source: "end as a source states it", term: "end from the stated term", next: "end: when the next known chair began", open: "open-ended: no end known", undated: "no source dates it",
};

const year = (d: string) => Number(d.slice(0, 4)) + (Number(d.slice(5, 7) || 1) - 1) / 12;

/** One organization's rotation as a strip on a time axis, each period linking to its handover meeting. */
function strip(kb: Kb, terms: ChairTerm[]): Html {
  const dated = terms.filter((t) => t.start || t.end);
  if (!dated.length) return html``;
  // One colour per state, so a state that chairs twice looks the same both times.
  const states = [...new Set(dated.map((t) => t.period.state))];
  const all = dated.flatMap((t) => [t.start, t.end].filter((d): d is string => !!d)).map(year);
  const lo = Math.floor(Math.min(...all));
  const hi = Math.ceil(Math.max(...all)) + 1;
  const x = (d: string) => ((year(d) - lo) / (hi - lo)) * 800;
  return html`<svg class="chair-strip" viewBox="0 0 800 46" role="group" aria-label="Chairmanship periods on a time axis">
${dated.map((t) => {
  const s = x(t.start ?? t.end!);
  const e = t.end ? x(t.end) : Math.min(800, s + 800 / (hi - lo));
  const rect = html`<rect class="period p${states.indexOf(t.period.state) % 4}${t.endFrom === "open" ? " open" : ""}" x="${s.toFixed(1)}" y="4" width="${Math.max(4, e - s).toFixed(1)}" height="22"><title>${t.period.state}: ${t.start ?? "?"} – ${t.end ?? "open"}</title></rect>`;
  return t.handover ? html`<a href="${eventHref(kb.eventId(t.handover))}" aria-label="${t.period.state}: handover at ${eventLabel(t.handover)}">${rect}</a>` : rect;
})}
<text x="2" y="42">${lo}</text><text x="798" y="42" text-anchor="end">${hi}</text></svg>`;
}

export function chairmanshipsPage(kb: Kb, rows: ChairTimelineRow[]): string {
  const body = html`<h1>Chairmanships</h1>
${rows.length ? "" : html`<p class="empty">No chairmanship known yet.</p>`}
${rows.map((r) => {
  const terms = chairTerms(r, kb.events);
  return html`<section class="card"><h2>${r.org}</h2>${strip(kb, terms)}<ol class="rotation">${terms.map(
    (t) => html`<li><span class="state">${t.period.state}</span> <span class="when">${dateRange(t.start, t.end, { open: true })}</span> <span class="muted">${ENDS[t.endFrom]}${t.termYears ? ` (term: ${t.termYears} year${t.termYears === 1 ? "" : "s"})` : ""}</span>
${t.handover ? html`<span class="handover">handover: <a class="event-link" href="${eventHref(kb.eventId(t.handover))}">${eventLabel(t.handover)}</a></span>` : ""}
<details><summary>${t.period.evidence.length} source sentence${t.period.evidence.length === 1 ? "" : "s"}</summary>${evidenceList(t.period.evidence, kb.articles)}</details></li>`,
  )}</ol></section>`;
})}`;
  return layout({ title: "Chairmanships", body, nav: "chairmanships" });
}
