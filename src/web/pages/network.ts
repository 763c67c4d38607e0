import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import { eventHref, personHref } from "../components.ts";
import { html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";
import { organizations } from "../../data/organizations.ts";
import { eventLabel } from "./timeline.ts";

interface Node extends SimulationNodeDatum {
  id: string;
  kind: "person" | "event";
  label: string;
  href: string;
  degree: number;
}

const W = 900;
const H = 640;
const MAX_PEOPLE = 60;

/** Who met whom: people and the events they attended, laid out on the server (d3-force, fixed ticks, no script). */
export function networkPage(kb: Kb, org: string | undefined): string {
  const events = kb.events.filter((e) => (!org || e.org === org) && e.attendees.length + e.chairs.length > 0);
  const people = new Map<string, Node>();
  const links: SimulationLinkDatum<Node>[] = [];
  const eventNodes: Node[] = [];
  for (const e of events) {
    const en: Node = { id: `e:${e.key}`, kind: "event", label: eventLabel(e), href: eventHref(kb.eventId(e)), degree: 0 };
    const names = new Set([...e.attendees, ...e.chairs].map((v) => v.value));
    for (const name of names) {
      const pid = kb.personIdByName(name) ?? name;
      const pn = people.get(pid) ?? { id: `p:${pid}`, kind: "person", label: name, href: personHref(pid), degree: 0 };
      people.set(pid, pn);
      pn.degree++;
      en.degree++;
      links.push({ source: pn, target: en });
    }
    eventNodes.push(en);
  }
  const keep = new Set([...people.values()].sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label)).slice(0, MAX_PEOPLE));
  const shownLinks = links.filter((l) => keep.has(l.source as Node));
  const usedEvents = new Set(shownLinks.map((l) => l.target as Node));
  const nodes = [...keep, ...eventNodes.filter((n) => usedEvents.has(n))];
  // A fixed start (a spiral by index) and a fixed number of ticks: the same data always gives the same picture.
  nodes.forEach((n, i) => ((n.x = W / 2 + 8 * Math.sqrt(i) * Math.cos(i * 2.4)), (n.y = H / 2 + 8 * Math.sqrt(i) * Math.sin(i * 2.4))));
  forceSimulation(nodes).force("link", forceLink(shownLinks).distance(40)).force("charge", forceManyBody().strength(-60))
    .force("x", forceX(W / 2).strength(0.06)).force("y", forceY(H / 2).strength(0.08)).force("collide", forceCollide(10)).stop().tick(300);
  const xs = nodes.map((n) => n.x!);
  const ys = nodes.map((n) => n.y!);
  // The picture is cropped to the nodes (room on the right for labels), so a small network is not a dot in a field.
  const [x0, x1, y0, y1] = nodes.length ? [Math.min(...xs), Math.max(...xs) + 100, Math.min(...ys), Math.max(...ys)] : [0, W, 0, H];
  const body = html`<h1>Co-attendance network <span class="muted">${keep.size} people, ${usedEvents.size} events</span></h1>
<form class="filters" method="get" action="/network"><label>Organization <select name="org" class="auto-submit"><option value="">any</option>${organizations().map(
    (o) => html`<option${o.abbr === org ? html` selected` : ""}>${o.abbr}</option>`,
  )}</select></label><button type="submit">Show</button></form>
<p class="muted">Circles are people (the ${MAX_PEOPLE} who attended most), squares are events; a line means the person attended. <a href="/api/export/network.graphml${org ? `?org=${encodeURIComponent(org)}` : ""}" download>GraphML for Gephi</a></p>
<figure class="card network"><svg class="graph" viewBox="${(x0 - 40).toFixed(0)} ${(y0 - 20).toFixed(0)} ${(x1 - x0 + 80).toFixed(0)} ${(y1 - y0 + 40).toFixed(0)}" role="group" aria-label="People and the events they attended">
<g class="edges">${shownLinks.map((l) => html`<line x1="${(l.source as Node).x!.toFixed(1)}" y1="${(l.source as Node).y!.toFixed(1)}" x2="${(l.target as Node).x!.toFixed(1)}" y2="${(l.target as Node).y!.toFixed(1)}"></line>`)}</g>
<g class="nodes">${nodes.map((n) => html`<a href="${n.href}" aria-label="${n.kind}: ${n.label}">${n.kind === "person"
    ? html`<circle class="person" cx="${n.x!.toFixed(1)}" cy="${n.y!.toFixed(1)}" r="${(4 + Math.sqrt(n.degree) * 2).toFixed(1)}"><title>${n.label} (${n.degree} events)</title></circle>${n.degree > 1 ? html`<text x="${(n.x! + 8).toFixed(1)}" y="${(n.y! + 4).toFixed(1)}">${n.label}</text>` : ""}`
    : html`<rect class="event" x="${(n.x! - 4).toFixed(1)}" y="${(n.y! - 4).toFixed(1)}" width="8" height="8"><title>${n.label}</title></rect>`}</a>`)}</g>
</svg></figure>`;
  return layout({ title: "Network", body, nav: "network" });
}
