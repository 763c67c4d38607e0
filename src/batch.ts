import { createHash } from "node:crypto";
import { CommuniqueError, InputError } from "./errors.ts";
import { readInputs } from "./ingest/index.ts";
import { processArticle } from "./pipeline.ts";
import type { Store } from "./store/types.ts";
import type { RawArticle } from "./ingest/types.ts";

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
 * Extracts and stores one article unless its text is already stored (keyed by its hash), then merges it into the
 * knowledge base: merging is incremental, the new article joins what is there without a rebuild.
 */
export async function storeArticle(store: Store, raw: RawArticle): Promise<{ status: "added" | "existing"; articleId: number | null }> {
  const hash = createHash("sha256").update(raw.text).digest("hex");
  if (await store.articles.hasArticle(hash)) return { status: "existing", articleId: null };
  const saved = await store.articles.saveArticle(processArticle(raw).save);
  if (saved.inserted) await store.knowledge.addArticle(saved.articleId);
  return { status: saved.inserted ? "added" : "existing", articleId: saved.articleId };
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
        status = (await storeArticle(store, item)).status;
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
