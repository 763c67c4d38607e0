import type PgBoss from "pg-boss";
import { InputError } from "../errors.ts";
import { readInputs } from "../ingest/index.ts";
import type { RawArticle } from "../ingest/types.ts";
import { QUEUE } from "./boss.ts";

export interface IngestJob {
  raw: RawArticle;
}

/**
 * Reads the inputs (streamed) and enqueues one job per article, in chunks; bad inputs are reported, not enqueued.
 * Workers store each article once however many times it is enqueued (its text's hash is checked under the lock).
 */
export async function enqueueInputs(
  boss: PgBoss,
  paths: string[],
  opts: { maxBytes?: number; onError?: (e: InputError) => void } = {},
): Promise<{ queued: number; failed: number }> {
  let queued = 0;
  let failed = 0;
  let chunk: { name: string; data: IngestJob }[] = [];
  const flush = async () => {
    if (chunk.length) await boss.insert(chunk);
    queued += chunk.length;
    chunk = [];
  };
  for await (const item of readInputs(paths, opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes })) {
    if (item instanceof InputError) {
      failed++;
      opts.onError?.(item);
      continue;
    }
    chunk.push({ name: QUEUE, data: { raw: item } });
    if (chunk.length >= 200) await flush();
  }
  await flush();
  return { queued, failed };
}
