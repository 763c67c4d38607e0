import type { TimelineRow } from "../../knowledge/api.ts";
import { orgOf } from "../../data/organizations.ts";

/** schema.org Event and Person objects for merged events (JSON-LD, one @graph). */
export function eventsJsonLd(rows: TimelineRow[], base: string): Record<string, unknown> {
  const people = new Map<string, Record<string, unknown>>();
  const person = (name: string) => {
    if (!people.has(name)) people.set(name, { "@type": "Person", "@id": `${base}/people#${encodeURIComponent(name)}`, name });
    return { "@id": people.get(name)!["@id"] };
  };
  const events = rows.map((e) => {
    const org = e.org ? orgOf(e.org) : undefined;
    return {
      "@type": "Event",
      "@id": `${base}/events/${encodeURIComponent(e.key)}`,
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
      subjectOf: [...new Set(e.sources.map((s) => s.article))].map((a) => ({ "@type": "NewsArticle", identifier: a })),
    };
  });
  return { "@context": "https://schema.org", "@graph": [...events, ...people.values()] };
}
