import type { TimelineRow } from "../../knowledge/api.ts";

const XML_ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Characters XML 1.0 forbids are dropped; everything else is escaped.
export const xmlText = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[&<>"']/g, (c) => XML_ESC[c]!);

const label = (e: TimelineRow) => `${e.org ?? ""} ${e.name ?? e.bodies.map((b) => b.value).join(" + ")}`.trim() || e.kind;

/** People–events network for Gephi: person and event nodes, an edge for each attendance or chair. */
export function eventsGraphml(rows: TimelineRow[]): string {
  const nodes: string[] = [];
  const edges: string[] = [];
  const people = new Map<string, string>();
  rows.forEach((e, i) => {
    const id = `e${i}`;
    nodes.push(`<node id="${id}"><data key="type">event</data><data key="label">${xmlText(label(e))}</data><data key="date">${xmlText(e.start ?? "")}</data><data key="ref">${xmlText(e.key)}</data></node>`);
    const roles = new Map<string, string>();
    for (const a of e.attendees) roles.set(a.value, "attended");
    for (const ch of e.chairs) roles.set(ch.value, "chaired");
    for (const [name, role] of roles) {
      if (!people.has(name)) {
        people.set(name, `p${people.size}`);
        nodes.push(`<node id="${people.get(name)}"><data key="type">person</data><data key="label">${xmlText(name)}</data><data key="date"></data><data key="ref"></data></node>`);
      }
      edges.push(`<edge id="x${edges.length}" source="${people.get(name)}" target="${id}"><data key="role">${role}</data></edge>`);
    }
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="type" for="node" attr.name="type" attr.type="string"/>
<key id="label" for="node" attr.name="label" attr.type="string"/>
<key id="date" for="node" attr.name="date" attr.type="string"/>
<key id="ref" for="node" attr.name="ref" attr.type="string"/>
<key id="role" for="edge" attr.name="role" attr.type="string"/>
<graph id="communique" edgedefault="undirected">
${nodes.join("\n")}
${edges.join("\n")}
</graph>
</graphml>
`;
}
