import { createHash, randomUUID } from "node:crypto";
import { storeExtracted } from "../../batch.ts";
import { CommuniqueError, ERROR_STATUS, InputError } from "../../errors.ts";
import type { Store } from "../../store/types.ts";
import { WorkerExtractor } from "./extractor.ts";
import { Inbox } from "./inbox.ts";
import type { PostedArticle, PostedResult } from "./posted.ts";

type JobStatus = "queued" | "running" | "done";

export interface Job {
  id: string;
  status: JobStatus;
  total: number;
  added: number;
  existing: number;
  failed: number;
  /** One per posted article, in order, as each is processed. */
  results: PostedResult[];
  created: string;
  finished: string | null;
}

interface Entry {
  job: Job;
  items: PostedArticle[];
  done: Promise<Job>;
  resolve: (job: Job) => void;
}

/** Finished jobs kept for polling; older ones are forgotten first. */
const KEEP_FINISHED = 200;

/**
 * Posted articles wait here and are processed one at a time, off the request: extraction in a worker thread, then
 * the (short) store writes here. A request only validates and enqueues, so reads keep answering during a large post.
 */
export class IngestQueue {
  readonly #store: Store;
  readonly #extractor = new WorkerExtractor();
  readonly #jobs = new Map<string, Entry>();
  readonly #waiting: Entry[] = [];
  readonly #inbox: Inbox | null;
  #running = false;
  #closed = false;

  /** With an inbox folder, queued articles survive a crash: jobs left there by a previous run are resumed at once. */
  constructor(store: Store, opts: { inbox?: string | null } = {}) {
    this.#store = store;
    this.#inbox = opts.inbox ? new Inbox(opts.inbox) : null;
    for (const left of this.#inbox?.pending() ?? []) this.#enqueue(left.items, left.id, left.created);
  }

  /** Queues the articles (in the inbox first, when there is one) and starts on them unless a job is running. */
  submit(items: PostedArticle[]): { job: Job; done: Promise<Job> } {
    const id = randomUUID();
    const created = new Date().toISOString();
    this.#inbox?.put({ id, created, items });
    return this.#enqueue(items, id, created);
  }

  #enqueue(items: PostedArticle[], id: string, created: string): { job: Job; done: Promise<Job> } {
    const job: Job = { id, status: "queued", total: items.length, added: 0, existing: 0, failed: 0, results: [], created, finished: null };
    let resolve!: (job: Job) => void;
    const done = new Promise<Job>((r) => (resolve = r));
    const entry: Entry = { job, items, done, resolve };
    this.#jobs.set(job.id, entry);
    this.#waiting.push(entry);
    void this.#drain();
    return { job, done };
  }

  get(id: string): Job | undefined {
    return this.#jobs.get(id)?.job;
  }

  /**
   * Stops between two articles (the server is shutting down): the job in progress stays in the inbox, whole, and is
   * finished by the next start; what it had stored comes back "existing".
   */
  close(): Promise<void> {
    this.#closed = true;
    this.#waiting.length = 0;
    return this.#extractor.close();
  }

  async #drain(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      for (let e = this.#waiting.shift(); e; e = this.#waiting.shift()) {
        e.job.status = "running";
        for (const item of e.items) {
          if (this.#closed) return;
          const r = await this.#one(item);
          if (this.#closed) return;
          e.job.results.push(r);
          e.job[r.status]++;
        }
        e.items = [];
        this.#inbox?.remove(e.job.id);
        e.job.status = "done";
        e.job.finished = new Date().toISOString();
        e.resolve(e.job);
        this.#forgetOld();
      }
    } finally {
      this.#running = false;
    }
  }

  async #one(it: PostedArticle): Promise<PostedResult> {
    if (it.rejected) return { name: it.name, status: "failed", code: it.rejected.code, error: it.rejected.reason };
    try {
      const hash = createHash("sha256").update(it.text).digest("hex");
      if (await this.#store.articles.hasArticle(hash)) return { name: it.name, status: "existing" };
      const raw = { id: slugOf(it.name), source: it.name, text: it.text, ...(it.url ? { url: it.url } : {}), ...(it.published ? { published: it.published } : {}), ...(it.outlet ? { outlet: it.outlet } : {}) };
      // Stored and merged in one transaction (src/batch.ts): a crash leaves neither.
      const [saved] = await storeExtracted(this.#store, [await this.#extractor.extract(raw)]);
      return { name: it.name, status: saved!.status, ...(saved!.articleId === null ? {} : { articleId: saved!.articleId }) };
    } catch (err) {
      // Refused as input (e.g. not in English): the same code and reason the CLI gives for a file.
      if (err instanceof InputError) return { name: it.name, status: "failed", code: err.code, error: err.message.slice(err.source.length + 2) };
      const code = err instanceof CommuniqueError ? err.code : "E_EXTRACT";
      // A store failure's message names the database file: the log gets it, the client gets the code.
      if (ERROR_STATUS[code].http >= 500 && code !== "E_EXTRACT") console.error(err);
      const reason = ERROR_STATUS[code].http >= 500 && code !== "E_EXTRACT" ? "the store failed (see the server log)" : (err as Error).message;
      return { name: it.name, status: "failed", code, error: `could not be processed: ${reason}` };
    }
  }

  #forgetOld(): void {
    const finished = [...this.#jobs.values()].filter((e) => e.job.status === "done");
    for (const e of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.#jobs.delete(e.job.id);
  }
}

/** The article's slug (and the prefix of its event keys) from the name it was posted under. */
function slugOf(name: string): string {
  return name.replace(/\.[a-z]+$/i, "").replace(/[^\w.-]+/g, "-").slice(0, 80) || "posted";
}
