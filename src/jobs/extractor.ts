import { InputError } from "../errors.ts";
import type { RawArticle } from "../ingest/types.ts";
import type { SaveArticleInput } from "../store/types.ts";
import { prepareSave } from "./prepare.ts";

/** Turns a raw article into the record to store: in this thread, or in a pool of worker threads (extract-pool.ts). */
export interface Extractor {
  /** Rejects with an InputError for an article that is not to be stored (its language), else any Error. */
  extract(raw: RawArticle): Promise<SaveArticleInput>;
  close(): Promise<void>;
}

// Loaded on first use: with worker threads doing the extraction, the writing thread never loads the NLP stack.
let modules: Promise<[typeof import("../pipeline.ts"), typeof import("../ingest/language.ts")]> | undefined;

/** The language check (which costs about as much as extraction) and the extraction, in the thread that calls it. */
export async function extractHere(raw: RawArticle): Promise<SaveArticleInput> {
  const [{ processArticle }, { languageCheck }] = await (modules ??= Promise.all([import("../pipeline.ts"), import("../ingest/language.ts")]));
  const checked = languageCheck(raw);
  if (checked instanceof InputError) throw checked;
  // The near-duplicate signature is the store's concern, not extraction's: made here, in the extracting thread, with
  // the rest of the writer's work that needs the record alone (prepare.ts), so the single writer only looks it up.
  return prepareSave(processArticle(raw).save);
}

/** Extraction in the calling thread (`--jobs 1`). */
export const inlineExtractor: Extractor = {
  extract: extractHere,
  close: async () => undefined,
};
