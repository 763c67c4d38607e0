import type PgBoss from "pg-boss";
import { storeExtracted } from "../batch.ts";
import { extractorPool } from "../jobs/extract-pool.ts";
import type { Store } from "../store/types.ts";
import { QUEUE } from "./boss.ts";
import type { IngestJob } from "./enqueue.ts";

export interface WorkerOptions {
  /** Jobs processed at once (each extraction in its own thread when more than one). */
  concurrency: number;
  onJob?: (r: { source: string; status: "added" | "existing" }) => void;
}

/**
 * Takes ingest jobs until stopped: extracts the article, then stores and merges it in one transaction (merging is
 * serialized across workers by the store's lock), so a worker killed mid-job leaves nothing and the job, once
 * expired, is retried. A job that throws is retried with backoff, then dead-lettered by the queue.
 */
export async function runWorker(boss: PgBoss, store: Store, opts: WorkerOptions): Promise<{ stop: () => Promise<void> }> {
  const extractor = extractorPool(opts.concurrency);
  const handle = async ([job]: PgBoss.Job<IngestJob>[]) => {
    if (!job) return;
    const input = await extractor.extract(job.data.raw);
    const [r] = await storeExtracted(store, [input]);
    opts.onJob?.({ source: job.data.raw.source, status: r!.status });
  };
  for (let i = 0; i < opts.concurrency; i++) await boss.work<IngestJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, handle);
  return {
    async stop() {
      // Graceful: no new jobs, the ones running finish (or are retried elsewhere after the timeout).
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await extractor.close();
    },
  };
}
