import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packagePath } from "../../data/package-root.ts";
import { InputError, type ErrorCode } from "../../errors.ts";
import type { RawArticle } from "../../ingest/types.ts";
import type { Extractor } from "../../jobs/extractor.ts";
import type { SaveArticleInput } from "../../store/types.ts";

type Reply = { id: number; save?: SaveArticleInput; error?: string; input?: { code: ErrorCode; reason: string } };
interface Pending {
  source: string;
  resolve: (save: SaveArticleInput) => void;
  reject: (err: Error) => void;
}

// The worker `ingest --jobs` uses (language check, then extraction): the same checks for posted articles as for files.
const ENTRY = import.meta.url.endsWith(".ts") ? new URL("../../jobs/extract-worker-tsx.mjs", import.meta.url) : pathToFileURL(packagePath("dist", "jobs", "extract-worker.js"));

/**
 * Runs the extraction pipeline in one worker thread, started on first use. The thread does not keep the process
 * alive while idle; if it dies, the articles in flight fail with the reason and the next one starts a new thread.
 */
export class WorkerExtractor implements Extractor {
  #worker: Worker | null = null;
  #pending = new Map<number, Pending>();
  #next = 1;

  extract(raw: RawArticle): Promise<SaveArticleInput> {
    const worker = this.#worker ?? this.#start();
    const id = this.#next++;
    worker.ref();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { source: raw.source, resolve, reject });
      worker.postMessage({ id, raw });
    });
  }

  async close(): Promise<void> {
    const w = this.#worker;
    this.#worker = null;
    if (w) await w.terminate();
  }

  #start(): Worker {
    const w = new Worker(ENTRY);
    w.unref();
    w.on("message", (m: Reply) => {
      const p = this.#pending.get(m.id);
      this.#pending.delete(m.id);
      if (!this.#pending.size) w.unref();
      if (!p) return;
      if (m.input) p.reject(new InputError(m.input.code, p.source, m.input.reason));
      else if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.save!);
    });
    const fail = (reason: string) => {
      if (this.#worker === w) this.#worker = null;
      for (const p of this.#pending.values()) p.reject(new Error(reason));
      this.#pending.clear();
    };
    w.on("error", (err) => fail(`extraction worker failed: ${err.message}`));
    w.on("exit", (code) => fail(`extraction worker exited (code ${code})`));
    this.#worker = w;
    return w;
  }
}
