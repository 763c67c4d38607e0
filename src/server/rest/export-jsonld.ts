import type { OfficeRow, TimelineRow } from "../../knowledge/api.ts";
import { orgOf } from "../../data/organizations.ts";

type Node = Record<string, unknown>;

/** Each holder's offices as schema.org Occupations; the dates go in a description because Occupation has no period. */
function occupationsByPerson(offices: OfficeRow[]): Map<string, Node[]> {
  const out = new Map<string, Node[]>();
  for (const o of offices) {
    const title = o.of ? `${o.title} of ${o.of}` : o.title;
    for (const h of o.holders) {
      const end = h.until ?? h.to;
      const span = h.from && end && end !== h.from ? `${h.from} – ${end}` : (h.from ?? end ?? "");
      const list = out.get(h.person) ?? [];
      list.push({ "@type": "Occupation", name: h.acting ? `acting ${title}` : title, ...(span ? { description: span } : {}) });
      out.set(h.person, list);
    }
  }
  return out;
}

/** schema.org Event and Person objects for merged events (JSON-LD, one @graph). */
export function eventsJsonLd(rows: TimelineRow[], base: string, offices: OfficeRow[] = []): Node {
  const jobs = occupationsByPerson(offices);
  const people = new Map<string, Node>();
  const person = (name: string) => {
    if (!people.has(name)) {
      const held = jobs.get(name) ?? [];
      people.set(name, {
        "@type": "Person", "@id": `${base}/api/people?q=${encodeURIComponent(name)}`, name,
        ...(held.length ? { jobTitle: [...new Set(held.map((j) => j.name as string))], hasOccupation: held } : {}),
      });
    }
    return { "@id": people.get(name)!["@id"] };
  };
  const events = rows.map((e) => {
    const org = e.org ? orgOf(e.org) : undefined;
    const articles = new Map(e.sources.map((s) => [s.article, s.articleId]));
    return {
      "@type": "Event",
      "@id": `${base}/api/events/${encodeURIComponent(e.key)}`,
      name: `${e.org ?? ""} ${e.name ?? e.bodies.map((b) => b.value).join(" + ")}`.trim() || e.kind,
      ...(e.start ? { startDate: e.start } : {}),
      ...(e.end ? { endDate: e.end } : {}),
      eventStatus: "https://schema.org/EventScheduled",
      ...(e.city || e.country
        ? { location: { "@type": "Place", name: [e.city, e.country].filter(Boolean).join(", "), address: { "@type": "PostalAddress", ...(e.city ? { addressLocality: e.city } : {}), ...(e.country ? { addressCountry: e.country } : {}) } } }
        : {}),
      ...(e.org ? { organizer: { "@type": "Organization", name: org?.names[0] ?? e.org, alternateName: e.org } } : {}),
      attendee: e.attendees.map((a) => person(a.value)),
      ...(e.chair ? { contributor: person(e.chair) } : {}),
      keywords: e.topics,
      subjectOf: [...articles].map(([slug, id]) => ({ "@type": "NewsArticle", identifier: slug, ...(id !== undefined ? { url: `${base}/api/articles/${id}` } : {}) })),
    };
  });
  return { "@context": "https://schema.org", "@graph": [...events, ...people.values()] };
}
