import { processArticle } from "./pipeline.ts";
import { firingsOf } from "./extract/rules/firings.ts";
import type { Firing } from "./extract/rules/types.ts";

/** The firings of every rule on one text, as the whole pipeline (cleaning, nlp, extraction, era) produces them. */
export function fireOn(text: string, published?: string): Firing[] {
  return firingsOf(processArticle({ id: "rule-example", source: "rule-example", text, published: published ?? null }).facts);
}
