import type { TopicCountRow } from "../../knowledge/api.ts";
import { html } from "../html.ts";
import { layout } from "../layout.ts";

const W = 720;
const H = 180;
const PAD = 28;

/** Counts per topic and year: a bar chart of each year's tags (SVG drawn here, no script) and a heat table. */
export function topicsPage(rows: TopicCountRow[]): string {
  const years = [...new Set(rows.map((r) => r.bucket))].sort();
  const topics = [...new Map(rows.map((r) => [r.topic, r.label])).entries()];
  const total = (r: TopicCountRow | undefined) => (r ? r.events + r.quotes : 0);
  const perYear = years.map((y) => rows.filter((r) => r.bucket === y).reduce((s, r) => s + total(r), 0));
  const maxYear = Math.max(1, ...perYear);
  const maxCell = Math.max(1, ...rows.map(total));
  const step = (W - PAD) / Math.max(1, years.length);
  const chart = html`<svg class="chart year-chart" viewBox="0 0 ${W} ${H + 50}" role="img" aria-label="Topic tags per year">
${years.map((y, i) => {
  const h = (perYear[i]! / maxYear) * H;
  const x = PAD + i * step + step * 0.15;
  return html`<g><title>${y}: ${perYear[i]} topic tags</title>
<rect class="bar-events" x="${x.toFixed(1)}" y="${(H - h + 20).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}"></rect>
<text class="axis" x="${(x + step * 0.35).toFixed(1)}" y="${H + 40}" text-anchor="middle">${y}</text>
<text class="value" x="${(x + step * 0.35).toFixed(1)}" y="${(H - h + 14).toFixed(1)}" text-anchor="middle">${perYear[i]}</text></g>`;
})}
<line class="axis-line" x1="${PAD}" y1="${H + 20}" x2="${W}" y2="${H + 20}"></line>
</svg>`;
  const body = html`<h1>Topics by year</h1>
<p class="muted">How often each priority these bodies discuss comes up: events and quotes tagged with it, per year of the event.</p>
<section class="card chart-scroll" tabindex="0" aria-label="Topic tags per year, scrollable">${chart}</section>
<div class="table-scroll"><table class="heat"><thead><tr><th scope="col">Topic</th>${years.map((y) => html`<th scope="col">${y}</th>`)}<th scope="col">All</th></tr></thead><tbody>
${topics.map(([id, label]) => {
  const mine = rows.filter((r) => r.topic === id);
  return html`<tr><th scope="row"><a href="/timeline?topic=${encodeURIComponent(id)}">${label}</a></th>${years.map((y) => {
    const r = mine.find((x) => x.bucket === y);
    const n = total(r);
    return html`<td class="heat-${n ? Math.min(5, Math.ceil((5 * n) / maxCell)) : 0}" title="${r ? `${r.events} events, ${r.quotes} quotes` : "none"}">${n || ""}</td>`;
  })}<td class="all">${mine.reduce((s, r) => s + total(r), 0)}</td></tr>`;
})}
</tbody></table></div>`;
  return layout({ title: "Topics", body, nav: "topics" });
}
