import type PgBoss from "pg-boss";
import { storeExtracted } from "../batch.ts";
import { extractorPool } from "../jobs/extract-pool.ts";
import type { SaveArticleInput, Store } from "../store/types.ts";
import { QUEUE } from "./boss.ts";
import type { IngestJob } from "./enqueue.ts";

export interface WorkerOptions {
  /** Extraction threads (one job each at a time); jobs are fetched in batches of 32 per thread. */
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
  const batchSize = Math.max(32, opts.concurrency * 32);
  // A batch of jobs at a time: extracted in parallel, then stored in one transaction (one turn of the merge lock).
  const handle = async (jobs: PgBoss.Job<IngestJob>[]) => {
    const extracted = await Promise.allSettled(jobs.map((j) => extractor.extract(j.data.raw)));
    const ok: { job: PgBoss.Job<IngestJob>; input: SaveArticleInput }[] = [];
    for (const [i, r] of extracted.entries()) {
      const job = jobs[i]!;
      if (r.status === "fulfilled") ok.push({ job, input: r.value });
      // A bad article fails alone (retried, then dead-lettered); the others of the batch go on.
      else await boss.fail(QUEUE, job.id, { message: `${job.data.raw.source}: could not be processed: ${(r.reason as Error).message}` });
    }
    if (!ok.length) return;
    const results = await storeExtracted(store, ok.map((x) => x.input));
    results.forEach((r, i) => opts.onJob?.({ source: ok[i]!.job.data.raw.source, status: r.status }));
    // A batch short of the fetch size: the queue is (nearly) drained, time to settle the big groups left stale.
    if (jobs.length < batchSize) await store.knowledge.refresh();
  };
  // pg-boss fetches once per polling interval (0.5 s at the shortest) when a batch takes less: the batch size, not
  // the work, bounded a worker (8 jobs per half second, about 15 articles/s); a batch now takes longer than that.
  await boss.work<IngestJob>(QUEUE, { batchSize, pollingIntervalSeconds: 0.5 }, handle);
  return {
    async stop() {
      // Graceful: no new jobs, the ones running finish (or are retried elsewhere after the timeout).
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await extractor.close();
      await store.knowledge.refresh();
    },
  };
}
