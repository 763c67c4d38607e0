import type { RawArticle } from "../ingest/types.ts";
import type { SaveArticleInput } from "../store/types.ts";

/** Turns a raw article into the record to store: in this thread, or in a pool of worker threads (extract-pool.ts). */
export interface Extractor {
  extract(raw: RawArticle): Promise<SaveArticleInput>;
  close(): Promise<void>;
}

// Loaded on first use: with worker threads doing the extraction, the writing thread never loads the NLP stack.
let pipeline: Promise<typeof import("../pipeline.ts")> | undefined;

/** Extraction in the calling thread (`--jobs 1`). */
export const inlineExtractor: Extractor = {
  extract: async (raw) => (await (pipeline ??= import("../pipeline.ts"))).processArticle(raw).save,
  close: async () => undefined,
};
