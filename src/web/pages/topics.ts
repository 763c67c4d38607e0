import type { TopicCountRow } from "../../knowledge/api.ts";
import { html } from "../html.ts";
import { layout } from "../layout.ts";

const W = 640;
const H = 28;

/** Counts per topic and year, as one small bar chart per topic (SVG drawn here: no script, no inline style). */
export function topicsPage(rows: TopicCountRow[]): string {
  const years = [...new Set(rows.map((r) => r.bucket))].sort();
  const topics = [...new Map(rows.map((r) => [r.topic, r.label])).entries()];
  const max = Math.max(1, ...rows.map((r) => r.events + r.quotes));
  const step = W / Math.max(1, years.length);
  const body = html`<h1>Topics by year</h1>
<p class="muted">How often each priority comes up: events tagged (dark) and quotes (light), per year.</p>
<table class="topics"><thead><tr><th>Topic</th><th>${years.map((y, i) => html`<span class="year-tick" data-i="${i}">${y}</span>`)}</th><th>Total</th></tr></thead><tbody>
${topics.map(([id, label]) => {
  const mine = rows.filter((r) => r.topic === id);
  const total = mine.reduce((s, r) => s + r.events + r.quotes, 0);
  return html`<tr><th scope="row"><a href="/?topic=${encodeURIComponent(id)}">${label}</a></th><td>
<svg class="chart" viewBox="0 0 ${W} ${H}" width="100%" height="${H}" role="img" aria-label="${label} per year">
${years.map((y, i) => {
  const r = mine.find((x) => x.bucket === y);
  if (!r) return "";
  const he = (r.events / max) * H;
  const hq = (r.quotes / max) * H;
  return html`<g><title>${y}: ${r.events} events, ${r.quotes} quotes</title>
<rect class="bar-events" x="${(i * step + 2).toFixed(1)}" y="${(H - he).toFixed(1)}" width="${(step / 2 - 3).toFixed(1)}" height="${he.toFixed(1)}"></rect>
<rect class="bar-quotes" x="${(i * step + step / 2).toFixed(1)}" y="${(H - hq).toFixed(1)}" width="${(step / 2 - 3).toFixed(1)}" height="${hq.toFixed(1)}"></rect></g>`;
})}
</svg></td><td>${total}</td></tr>`;
})}
</tbody></table>
<p class="muted">Years: ${years.join(" · ")}</p>`;
  return layout({ title: "Topics", body, nav: "topics" });
}
