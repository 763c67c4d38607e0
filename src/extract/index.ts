import type { Doc } from "../nlp/doc.ts";
import type { ArticleMeta } from "../ingest/types.ts";
import type { ArticleFacts } from "./types.ts";
import { extractPeople } from "./people.ts";
import { extractEvents } from "./events/index.ts";
import { extractQuotes } from "./quotes.ts";
import { extractChairmanships } from "./chairmanships.ts";

export interface ExtractInput {
  id: string;
  doc: Doc;
  meta: ArticleMeta;
}

/** Every fact of SCHEMA.md one article states, each with its evidence. */
export function extractFacts({ id, doc, meta }: ExtractInput): ArticleFacts {
  const people = extractPeople(doc);
  return {
    id,
    published: meta.published,
    outlet: meta.outlet,
    dateline: meta.dateline,
    events: extractEvents(doc, { people }),
    people: people.map(({ name, roles, aliases, evidence }) => ({ name, roles, aliases, evidence })),
    quotes: extractQuotes(doc, people),
    chairmanships: extractChairmanships(doc),
  };
}
