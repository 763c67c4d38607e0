import type { ArticleFacts, ChairmanshipFact, EventFact } from "./types.ts";

/** Exactly the SCHEMA.md object: no evidence, no fields of ours. */
export interface PlainFacts extends Omit<ArticleFacts, "events" | "people" | "quotes" | "chairmanships"> {
  events: Omit<EventFact, "evidence">[];
  people: { name: string; roles: { title: string; of: string | null }[] }[];
  quotes: { speaker: string; text: string }[];
  chairmanships: Omit<ChairmanshipFact, "evidence">[];
}

export function stripEvidence(f: ArticleFacts): PlainFacts {
  return {
    id: f.id,
    published: f.published,
    outlet: f.outlet,
    dateline: f.dateline,
    events: f.events.map(({ evidence: _e, ...rest }) => rest),
    people: f.people.map((p) => ({ name: p.name, roles: p.roles.map((r) => ({ title: r.title, of: r.of })) })),
    quotes: f.quotes.map(({ speaker, text }) => ({ speaker, text })),
    chairmanships: f.chairmanships.map(({ evidence: _e, ...rest }) => rest),
  };
}
