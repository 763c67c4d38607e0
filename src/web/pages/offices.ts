import type { OfficeRow } from "../../knowledge/api.ts";
import { dateRange, evidenceList, personHref, sourceChips } from "../components.ts";
import { slugify } from "../ids.ts";
import { html, type Html } from "../html.ts";
import type { Kb } from "../kb.ts";
import { layout } from "../layout.ts";

/** An office's address from its content: title and organization or state ("secretary-general-csto"). */
export const officeId = (title: string, of: string | null) => slugify(`${title} ${of ?? ""}`, 80);
export const officeHref = (title: string, of: string | null) => `/offices/${officeId(title, of)}`;

export function officesPage(offices: OfficeRow[]): string {
  const byOf = new Map<string, OfficeRow[]>();
  for (const o of offices) byOf.set(o.of ?? "—", [...(byOf.get(o.of ?? "—") ?? []), o]);
  const body = html`<h1>Offices <span class="muted">${offices.length}</span></h1>
<p class="muted">Each office with its holders in order, as the sources attest them.</p>
${[...byOf.keys()].sort().map((of) => html`<section class="card"><h2>${of}</h2><ul class="offices-list">${byOf.get(of)!.map(
  (o) => html`<li><a href="${officeHref(o.title, o.of)}">${o.title}</a> <span class="muted">${o.holders.length} holder${o.holders.length === 1 ? "" : "s"}</span></li>`,
)}</ul></section>`)}`;
  return layout({ title: "Offices", body, nav: "offices" });
}

/** The holders of one office in order, acting holders marked, each term with its sources. */
export function officePage(kb: Kb, o: OfficeRow): string {
  const personId = (key: string) => {
    const p = kb.people.find((x) => x.key === key);
    return p ? kb.personId(p) : undefined;
  };
  const holder = (name: string, key: string): Html => {
    const id = personId(key);
    return id ? html`<a class="person-link" href="${personHref(id)}">${name}</a>` : html`${name}`;
  };
  const title = `${o.title}${o.of ? ` of ${o.of}` : ""}`;
  const body = html`<article class="card office-page"><p class="muted"><a href="/offices">Offices</a></p><h1>${title}</h1>
<div class="table-scroll"><table class="holders"><thead><tr><th scope="col">Holder</th><th scope="col">Attested</th><th scope="col">Succeeded by</th><th scope="col">Sources</th></tr></thead><tbody>
${o.holders.map((h) => html`<tr><td>${holder(h.person, h.personKey)}${h.acting ? html` <span class="badge badge-acting">acting</span>` : ""}</td><td>${dateRange(h.from, h.to)}</td><td>${h.until ? html`<span class="nowrap">by ${h.until}</span>` : html`<span class="muted">—</span>`}</td><td>${sourceChips(h.sources, kb.articles)}</td></tr>`)}
</tbody></table></div>
<h2>Source sentences</h2>${evidenceList(o.holders.flatMap((h) => h.evidence), kb.articles, 30)}</article>`;
  return layout({ title, body, nav: "offices" });
}
