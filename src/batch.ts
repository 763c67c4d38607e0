import { createHash } from "node:crypto";
import { CommuniqueError, InputError, StoreError } from "./errors.ts";
import { readInputs } from "./ingest/index.ts";
import { linkNearDuplicate } from "./link-duplicates.ts";
import type { RawArticle } from "./ingest/types.ts";
import { inlineExtractor, type Extractor } from "./jobs/extractor.ts";
import { extractorPool } from "./jobs/extract-pool.ts";
import type { SaveArticleInput, Store } from "./store/types.ts";
import { BoundedQueue } from "./jobs/bounded-queue.ts";

export type ItemStatus = "added" | "existing" | "skipped" | "failed";

/** Inputs left out on purpose, not failures: a language not supported yet, a symbolic link back into the tree. */
const SKIPS = new Set(["E_INPUT_LANGUAGE", "E_INPUT_LOOP"]);

export interface BatchOptions {
  /** Largest file (or JSON Lines record) read, in bytes. */
  maxBytes?: number;
  /** Extraction threads (default 1: in this thread). The writer is always this thread. */
  jobs?: number;
  /** Articles stored per transaction at most (default 200; the first transactions are smaller, growing from 8, so
   * progress is durable early); a transaction also closes after `batchMs`. */
  batchSize?: number;
  /**
   * Longest wait for extraction results to gather one transaction's articles (default 1000 ms; no lock is held
   * meanwhile). Each transaction rebuilds the merged data of every group it touches, so fuller transactions save
   * that work: 150 ms made transactions of a few dozen articles and cost a third of the rate.
   */
  batchMs?: number;
  /** Called once per input item, in input order, after the item's transaction committed. */
  onItem?: (item: { source: string; status: ItemStatus; error?: CommuniqueError }) => void;
}

export interface BatchSummary {
  added: number;
  existing: number;
  /** Left out on purpose (see SKIPS), each also listed in `errors` with its reason. */
  skipped: number;
  failed: number;
  errors: { source: string; code: string; message: string }[];
  ms: number;
}

const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Stores extracted articles and merges them into the knowledge base as one unit (one transaction): after a crash
 * either both happened or neither, so a re-run finds the article missing and does both. An article whose text is
 * already stored (keyed by its hash, checked under the write lock) is skipped.
 */
export async function storeExtracted(store: Store, inputs: SaveArticleInput[]): Promise<{ status: "added" | "existing"; articleId: number | null }[]> {
  return store.knowledge.transaction(() => storeAll(store, inputs)).catch((err: unknown) => {
    // Nothing of the transaction was kept (a busy database, a lost connection): a coded error that stops the batch,
    // never a quiet loss; a re-run stores what is missing.
    if (err instanceof CommuniqueError) throw err;
    throw new StoreError(`could not store ${inputs.length} article(s), nothing of them kept: ${(err as Error).message}`, { cause: err });
  });
}

async function storeAll(store: Store, inputs: SaveArticleInput[]): Promise<{ status: "added" | "existing"; articleId: number | null }[]> {
  const out: { status: "added" | "existing"; articleId: number | null }[] = [];
  for (const input of inputs) {
    const a = input.article;
    await linkNearDuplicate(store, input);
    // No savepoint per article: a failure anywhere takes back the whole transaction (storeExtracted).
    const saved = await store.articles.saveArticle(input, { savepoint: false });
    if (saved.inserted) {
      await store.knowledge.merge({
        articleId: saved.articleId, slug: a.slug, hash: a.hash, published: a.published, text: a.text, facts: input.facts, duplicateOf: a.duplicateOf ?? null,
        ...(input.prepared?.keys ? { keys: input.prepared.keys } : {}),
      });
    }
    out.push({ status: saved.inserted ? "added" : "existing", articleId: saved.articleId });
  }
  return out;
}

/** Extracts, stores and merges one article unless its text is already stored. */
export async function storeArticle(store: Store, raw: RawArticle, extractor: Extractor = inlineExtractor): Promise<{ status: "added" | "existing"; articleId: number | null }> {
  if (await store.articles.hasArticle(hashOf(raw.text))) return { status: "existing", articleId: null };
  return (await storeExtracted(store, [await extractor.extract(raw)]))[0]!;
}

type Slot =
  | { source: string; kind: "failed"; error: CommuniqueError }
  | { source: string; kind: "existing" }
  | { source: string; kind: "extract"; save: Promise<SaveArticleInput> };

/**
 * Reads, extracts and stores every article under the paths. Extraction runs ahead in `jobs` threads while this
 * thread writes; articles are written in input order, many per transaction, each transaction storing and merging
 * its articles as one unit. A killed run loses at most the open transaction, and a re-run skips what is stored.
 * Reading is bounded ahead of writing, so memory stays flat whatever the corpus size.
 */
export async function ingestBatch(store: Store, paths: string[], opts: BatchOptions = {}): Promise<BatchSummary> {
  const started = performance.now();
  const summary: BatchSummary = { added: 0, existing: 0, skipped: 0, failed: 0, errors: [], ms: 0 };
  const jobs = opts.jobs ?? 1;
  const extractor = extractorPool(jobs);
  const batchSize = opts.batchSize ?? 200;
  const batchMs = opts.batchMs ?? 1000;
  let limit = Math.min(8, batchSize);
  const queue = new BoundedQueue<Slot>(batchSize + jobs * 8);
  const report = (source: string, status: ItemStatus, error?: CommuniqueError) => {
    if (status === "failed" && SKIPS.has(error!.code)) status = "skipped";
    if (status === "skipped") {
      summary.skipped++;
      summary.errors.push({ source, code: error!.code, message: error!.message });
    } else if (status === "failed") {
      summary.failed++;
      summary.errors.push({ source, code: error!.code, message: error!.message });
    } else summary[status]++;
    opts.onItem?.({ source, status, ...(error ? { error } : {}) });
  };

  const read = (async () => {
    try {
      // The language is checked with the extraction, in the extraction threads (it costs about as much).
      const readOpts = { skipLanguageCheck: true, ...(opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }) };
      for await (const item of readInputs(paths, readOpts)) {
        let slot: Slot;
        if (item instanceof InputError) slot = { source: item.source, kind: "failed", error: item };
        else if (await store.articles.hasArticle(hashOf(item.text))) slot = { source: item.source, kind: "existing" };
        else {
          const save = extractor.extract(item);
          save.catch(() => undefined);
          slot = { source: item.source, kind: "extract", save };
        }
        if (!(await queue.push(slot))) break;
      }
    } finally {
      queue.end();
    }
  })();
  read.catch(() => undefined);

  try {
    for (let first = await queue.take(); first; first = await queue.take()) {
      // One transaction: what is queued now (up to the limit, within batchMs), in input order.
      const t0 = performance.now();
      const taken: { slot: Slot; save?: SaveArticleInput; error?: CommuniqueError }[] = [];
      // When the queue runs dry the transaction waits for more (within batchMs) rather than commit a few articles:
      // a commit costs about as much whatever it holds (with --jobs 1, reading and extracting fill the queue on
      // this same thread, between the writer's steps, so it was often all but empty: ten articles a commit).
      const more = () => queue.poll() ?? queue.takeWithin(batchMs - (performance.now() - t0));
      for (let slot: Slot | undefined = first; slot; slot = taken.length < limit && performance.now() - t0 < batchMs ? await more() : undefined) {
        if (slot.kind !== "extract") taken.push({ slot });
        else {
          try {
            taken.push({ slot, save: await slot.save });
          } catch (err) {
            const error = err instanceof InputError ? err : new InputError("E_EXTRACT", slot.source, `could not be processed: ${(err as Error).message}`);
            taken.push({ slot, error });
          }
        }
      }
      const saves = taken.flatMap((t) => (t.save ? [t.save] : []));
      const results = saves.length ? await storeExtracted(store, saves) : [];
      limit = Math.min(batchSize, limit * 2);
      let r = 0;
      for (const t of taken) {
        if (t.slot.kind === "failed") report(t.slot.source, "failed", t.slot.error);
        else if (t.slot.kind === "existing") report(t.slot.source, "existing");
        else if (t.error) report(t.slot.source, "failed", t.error);
        else report(t.slot.source, results[r++]!.status);
      }
    }
    await read;
    // Big groups are rebuilt as they grow during the run; the ones that grew since are settled once, here.
    if (summary.added) await store.knowledge.refresh();
  } finally {
    queue.end();
    await extractor.close();
  }
  summary.ms = performance.now() - started;
  return summary;
}
