import type { Doc } from "../nlp/doc.ts";
import { definePipeline, runPipeline, type Component } from "../nlp/component.ts";
import type { ArticleMeta } from "../ingest/types.ts";
import type { ArticleFacts, ChairmanshipFact, EventFact, PersonFact, QuoteFact } from "./types.ts";
import { extractPeople } from "./people.ts";
import { extractEvents } from "./events/index.ts";
import { extractQuotes } from "./quotes.ts";
import { extractChairmanships } from "./chairmanships.ts";

export interface ExtractInput {
  id: string;
  doc: Doc;
  meta: ArticleMeta;
}

interface ExtractState {
  doc: Doc;
  people: PersonFact[];
  chairmanships: ChairmanshipFact[];
  events: EventFact[];
  quotes: QuoteFact[];
}

const STAGES: Component<ExtractState>[] = [
  { name: "people", requires: ["doc"], assigns: ["people"], run: (s) => ({ people: extractPeople(s.doc!) }) },
  { name: "chairmanships", requires: ["doc"], assigns: ["chairmanships"], run: (s) => ({ chairmanships: extractChairmanships(s.doc!) }) },
  // Chairs and attendees are people of the article; a summit's chair may come from the chairmanship on its day.
  { name: "events", requires: ["doc", "people", "chairmanships"], assigns: ["events"], run: (s) => ({ events: extractEvents(s.doc!, { people: s.people!, chairmanships: s.chairmanships! }) }) },
  { name: "quotes", requires: ["doc", "people"], assigns: ["quotes"], run: (s) => ({ quotes: extractQuotes(s.doc!, s.people!) }) },
];

/** The extraction stages in their checked order: each runs once per Doc. */
export const EXTRACT_PIPELINE = definePipeline<ExtractState>(["doc"], STAGES);

/** Every fact of SCHEMA.md one article states, each with its evidence. */
export function extractFacts({ id, doc, meta }: ExtractInput): ArticleFacts {
  const s = runPipeline(EXTRACT_PIPELINE, { doc });
  return {
    id,
    published: meta.published,
    outlet: meta.outlet,
    dateline: meta.dateline,
    events: s.events!,
    people: s.people!.map(({ name, roles, aliases, evidence }) => ({ name, roles, ...(aliases ? { aliases } : {}), evidence })),
    quotes: s.quotes!,
    chairmanships: s.chairmanships!,
  };
}
