import type { ArticleFacts, Evidence } from "../../extract/types.ts";
import { canonicalOrg } from "../canonical.ts";
import { factTopics, type FactTopics } from "../fact-topics.ts";
import { nameBlockKeys, parseName } from "../person-name.ts";
import type { KnowledgeArticle } from "../types.ts";
import { spanRows } from "./evidence-rows.ts";
import { EVENT_SPEC, PERSON_SPEC, type KindSpec } from "./kinds.ts";

type Signed = { sig: string; blocks: string[] };
/** A mention as a store writes it: the fact's JSON and its evidence rows' (without article id and slug). */
export type MentionJson = { fact: string; evidence: string };

/**
 * What merging an article computes from its facts and text alone, never from the store, its id or its slug: the
 * grouping signatures and blocking keys of its mentions, its topic hits and its mentions' JSON. Pure, so an extraction thread can compute
 * it ahead and the single writing thread does less.
 */
export interface MergeKeys {
  events: Signed[];
  people: Signed[];
  quotes: string[][];
  chairs: string[][];
  topics: FactTopics[];
  json: { events: MentionJson[]; people: MentionJson[]; quotes: MentionJson[]; chairs: MentionJson[] };
}

export function mergeKeys(facts: ArticleFacts, text: string): MergeKeys {
  const j = (f: { evidence?: Evidence[] }): MentionJson => ({ fact: JSON.stringify(f), evidence: JSON.stringify(spanRows(text, f.evidence)) });
  // factTopics reads the text, events and quotes only; the article's slug and id are not known yet.
  const ka: KnowledgeArticle = { ...facts, slug: "", text };
  return {
    events: facts.events.map((f) => signed(EVENT_SPEC, f)),
    people: facts.people.map((f) => signed(PERSON_SPEC, f)),
    quotes: facts.quotes.map((f) => nameBlockKeys(parseName(f.speaker))),
    chairs: facts.chairmanships.map((f) => [canonicalOrg(f.org) ?? f.org]),
    topics: factTopics(ka),
    json: { events: facts.events.map(j), people: facts.people.map(j), quotes: facts.quotes.map(j), chairs: facts.chairmanships.map(j) },
  };
}

function signed<K>(spec: KindSpec<K>, fact: unknown): Signed {
  const sig = spec.signature(fact);
  return { sig, blocks: spec.blocks(spec.key(sig)) };
}
