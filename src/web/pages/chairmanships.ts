import type { ChairTimelineRow } from "../../knowledge/api.ts";
import { dateRange, evidenceList } from "../components.ts";
import { html } from "../html.ts";
import { layout } from "../layout.ts";

export function chairmanshipsPage(rows: ChairTimelineRow[]): string {
  const body = html`<h1>Chairmanships</h1>
${rows.length ? "" : html`<p class="empty">No chairmanship known yet.</p>`}
${rows.map((r) => html`<section class="card"><h2>${r.org}</h2><ol class="rotation">${r.periods.map(
  (p) => html`<li><span class="state">${p.state}</span> <span class="when">${dateRange(p.start, p.end)}</span><details><summary>${p.evidence.length} source sentence${p.evidence.length === 1 ? "" : "s"}</summary>${evidenceList(p.evidence)}</details></li>`,
)}</ol></section>`)}`;
  return layout({ title: "Chairmanships", body, nav: "chairmanships" });
}
