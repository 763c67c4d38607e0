import { countryOf } from "../filters.ts";
import { projectMap } from "../geo.ts";
import { html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";
import { organizations } from "../../data/organizations.ts";

const W = 900;
const H = 560;

/** Where meetings took place: a server-rendered SVG map (world-atlas outlines, d3-geo projection), one bubble per host country. */
export function mapPage(kb: Kb, org: string | undefined): string {
  const events = kb.events.filter((e) => !org || e.org === org);
  const byCountry = new Map<string, { count: number; cities: Map<string, number> }>();
  for (const e of events) {
    const c = e.country ? countryOf(e.country) : e.city ? countryOf(e.city) : null;
    if (!c || c === e.city) continue;
    const slot = byCountry.get(c) ?? { count: 0, cities: new Map<string, number>() };
    slot.count++;
    if (e.city) slot.cities.set(e.city, (slot.cities.get(e.city) ?? 0) + 1);
    byCountry.set(c, slot);
  }
  const { shapes, points } = projectMap([...byCountry.keys()], W, H);
  const max = Math.max(1, ...[...byCountry.values()].map((v) => v.count));
  const q = (country: string) => `/timeline?${new URLSearchParams({ country, ...(org ? { org } : {}) })}`;
  const rows = [...byCountry].sort((a, b) => b[1].count - a[1].count);
  const body = html`<h1>Map of meetings <span class="muted">${events.length} events</span></h1>
<form class="filters" method="get" action="/map"><label>Organization <select name="org" class="auto-submit"><option value="">any</option>${organizations().map(
    (o) => html`<option${o.abbr === org ? html` selected` : ""}>${o.abbr}</option>`,
  )}</select></label><button type="submit">Show</button></form>
<figure class="card map"><svg class="world" viewBox="0 0 ${W} ${H}" role="group" aria-label="Meetings per host country">
<g class="land">${shapes.map((s) => html`<path class="${byCountry.has(s.canonical) ? "host" : ""}" d="${s.d}"><title>${s.name}</title></path>`)}</g>
<g class="bubbles">${rows.map(([c, v]) => {
  const p = points.get(c);
  if (!p) return "";
  const r = 6 + 22 * Math.sqrt(v.count / max);
  return html`<a href="${q(c)}" aria-label="${c}: ${v.count} meeting${v.count === 1 ? "" : "s"}"><circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}"><title>${c}: ${v.count}</title></circle><text x="${p.x.toFixed(1)}" y="${(p.y + 4).toFixed(1)}" text-anchor="middle">${v.count}</text></a>`;
})}</g></svg>
<figcaption>Country outlines: Natural Earth via world-atlas. Bubbles: events per host country; each opens the timeline.</figcaption></figure>
<div class="table-scroll"><table class="places"><thead><tr><th scope="col">Country</th><th scope="col">Events</th><th scope="col">Cities</th></tr></thead><tbody>
${rows.map(([c, v]) => html`<tr><th scope="row"><a href="${q(c)}">${c}</a></th><td>${v.count}</td><td>${[...v.cities].sort((a, b) => b[1] - a[1]).map(([city, n]) => `${city} (${n})`).join(", ")}</td></tr>`)}
</tbody></table></div>`;
  return layout({ title: "Map", body, nav: "map" });
}
