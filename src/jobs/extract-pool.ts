import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packagePath } from "../data/package-root.ts";
import { InputError, type ErrorCode } from "../errors.ts";
import type { RawArticle } from "../ingest/types.ts";
import type { SaveArticleInput } from "../store/types.ts";
import { inlineExtractor, type Extractor } from "./extractor.ts";

type Pending = { source: string; resolve: (s: SaveArticleInput) => void; reject: (e: Error) => void };

/** The default for --jobs: every core the process may use. */
export const defaultJobs = (): number => availableParallelism();

// From the compiled build the worker is its own entry file, dist/jobs/extract-worker.js (this module may be bundled
// anywhere under dist/); from the sources, a bootstrap that loads tsx.
const WORKER = import.meta.url.endsWith(".ts") ? new URL("./extract-worker-tsx.mjs", import.meta.url) : pathToFileURL(packagePath("dist", "jobs", "extract-worker.js"));

/**
 * Extraction in `jobs` worker threads (each article to the least busy one); one thread stays the writer. With one
 * job it runs inline: no thread to start, the same results.
 */
export function extractorPool(jobs: number): Extractor {
  if (jobs <= 1) return inlineExtractor;
  const workers = Array.from({ length: jobs }, () => {
    // A small young generation: an extraction's garbage is short-lived, and each thread's default (up to 48 MB) is
    // resident memory of its own (about 40 MB less RSS over a 6,000-article ingest with two threads).
    const w = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    return { w, busy: 0 };
  });
  const pending = new Map<number, Pending>();
  let next = 0;
  for (const slot of workers) {
    slot.w.on("message", (m: { id: number; save?: SaveArticleInput; error?: string; input?: { code: ErrorCode; reason: string } }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      slot.busy--;
      if (!p) return;
      if (m.input) p.reject(new InputError(m.input.code, p.source, m.input.reason));
      else if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.save!);
    });
    slot.w.on("error", (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  return {
    extract(raw: RawArticle) {
      const id = next++;
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      return new Promise<SaveArticleInput>((resolve, reject) => {
        pending.set(id, { source: raw.source, resolve, reject });
        slot.w.postMessage({ id, raw });
      });
    },
    async close() {
      await Promise.all(workers.map((s) => s.w.terminate()));
    },
  };
}
