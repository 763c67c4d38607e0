import type { TimelineRow } from "../../knowledge/api.ts";
import { withFilter, type TimelineFilters } from "../filters.ts";
import { html } from "../html.ts";

const W = 800;
const H = 60;

/** Events per year on a true time axis (1992, 2002 and 2006 sit where they belong), each bar zooming to its year. */
export function yearBar(rows: readonly TimelineRow[], f: TimelineFilters, extra: Record<string, string | undefined>) {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const e of rows) {
    if (e.start) counts.set(Number(e.start.slice(0, 4)), (counts.get(Number(e.start.slice(0, 4))) ?? 0) + 1);
    else undated++;
  }
  if (!counts.size) return html``;
  const years = [...counts.keys()].sort((a, b) => a - b);
  const first = years[0]!;
  const span = years[years.length - 1]! - first + 1;
  const step = W / span;
  const max = Math.max(...counts.values());
  // Every year with events is labelled unless the label would touch the previous one.
  const ticks: number[] = [];
  for (const y of years) if (!ticks.length || (y - ticks[ticks.length - 1]!) * step >= 56) ticks.push(y);
  return html`<nav class="years" aria-label="Zoom by year">
<p><a href="${withFilter(f, "year", null, "/timeline", extra)}"${!f.year ? html` aria-current="true"` : ""}>All years</a>${undated ? html` · <a href="${withFilter(f, "year", "undated", "/timeline", extra)}"${f.year === "undated" ? html` aria-current="true"` : ""}>${undated} undated</a>` : ""}</p>
<svg class="year-bar" viewBox="0 0 ${W} ${H + 16}" role="group" aria-label="Events per year">
${years.map((y) => {
  const n = counts.get(y)!;
  const h = Math.max(3, (n / max) * H);
  const x = (y - first) * step;
  return html`<a href="${withFilter(f, "year", String(y), "/timeline", extra)}" aria-label="${y}: ${n} event${n === 1 ? "" : "s"}"${String(y) === f.year ? html` aria-current="true"` : ""}><title>${y}: ${n}</title><rect x="${(x + step * 0.1).toFixed(1)}" y="${(H - h).toFixed(1)}" width="${Math.max(2, step * 0.8).toFixed(1)}" height="${h.toFixed(1)}"></rect></a>`;
})}
${ticks.map((y) => html`<text x="${((y - first + 0.5) * step).toFixed(1)}" y="${H + 13}" text-anchor="middle">${y}</text>`)}
</svg></nav>`;
}
