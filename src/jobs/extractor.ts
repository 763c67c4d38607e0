import type { RawArticle } from "../ingest/types.ts";
import { processArticle } from "../pipeline.ts";
import type { SaveArticleInput } from "../store/types.ts";

/** Turns a raw article into the record to store: in this thread, or in a pool of worker threads (extract-pool.ts). */
export interface Extractor {
  extract(raw: RawArticle): Promise<SaveArticleInput>;
  close(): Promise<void>;
}

/** Extraction in the calling thread (`--jobs 1`). */
export const inlineExtractor: Extractor = {
  extract: async (raw) => processArticle(raw).save,
  close: async () => undefined,
};
