import { createHash } from "node:crypto";
import { CommuniqueError, InputError } from "./errors.ts";
import { readInputs } from "./ingest/index.ts";
import { processArticle } from "./pipeline.ts";
import type { Store } from "./store/types.ts";

export type ItemStatus = "added" | "existing" | "failed";

export interface BatchOptions {
  /** Largest file (or JSON Lines record) read, in bytes. */
  maxBytes?: number;
  /** Called once per input item, in order. */
  onItem?: (item: { source: string; status: ItemStatus; error?: CommuniqueError }) => void;
}

export interface BatchSummary {
  added: number;
  existing: number;
  failed: number;
  errors: { source: string; code: string; message: string }[];
  ms: number;
}

/**
 * Reads, extracts and stores every article under the paths. Each article is saved in its own transaction, keyed by
 * the hash of its text, so a killed run loses at most the article in flight and a re-run skips what is stored.
 */
export async function ingestBatch(store: Store, paths: string[], opts: BatchOptions = {}): Promise<BatchSummary> {
  const started = performance.now();
  const summary: BatchSummary = { added: 0, existing: 0, failed: 0, errors: [], ms: 0 };
  const readOpts = opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes };
  for await (const item of readInputs(paths, readOpts)) {
    let status: ItemStatus;
    let error: CommuniqueError | undefined;
    const source = item instanceof InputError ? item.source : item.source;
    if (item instanceof InputError) {
      status = "failed";
      error = item;
    } else {
      try {
        const hash = createHash("sha256").update(item.text).digest("hex");
        if (await store.articles.hasArticle(hash)) status = "existing";
        else {
          const { save } = processArticle(item);
          const saved = await store.articles.saveArticle(save);
          // Merging is incremental: the new article joins the existing knowledge without a rebuild.
          if (saved.inserted) await store.knowledge.addArticle(saved.articleId);
          status = saved.inserted ? "added" : "existing";
        }
      } catch (err) {
        if (err instanceof CommuniqueError && err.code === "E_STORE") throw err;
        status = "failed";
        error = new InputError("E_EXTRACT", item.source, `could not be processed: ${(err as Error).message}`);
      }
    }
    if (status === "added") summary.added++;
    else if (status === "existing") summary.existing++;
    else {
      summary.failed++;
      summary.errors.push({ source, code: error!.code, message: error!.message });
    }
    opts.onItem?.({ source, status, ...(error ? { error } : {}) });
  }
  summary.ms = performance.now() - started;
  return summary;
}
