import PgBoss from "pg-boss";
import { StoreError } from "../errors.ts";
import { parseTarget, redact } from "../store/postgres/connect.ts";

export const QUEUE = "communique-ingest";
export const DEAD = "communique-ingest-dead";

export interface QueueOptions {
  /** The store's postgres:// URL; the queue lives beside it, in `<schema>_jobs` (or `communique_jobs`). */
  url: string;
  /** Seconds a job may run before it counts as failed (its worker died) and is retried. Default 600. */
  jobTimeout?: number;
  /** Set the queue's options (retries, timeout) even when it exists: the enqueuing side does, workers do not. */
  configure?: boolean;
  /** How often (seconds) expired jobs are looked for. Default: a tenth of jobTimeout, between 1 and 60. */
  maintenance?: number;
}

/** The job queue (pg-boss) of a PostgreSQL store: started, with the ingest queue and its dead-letter queue created. */
export const queueSchema = (url: string) => `${parseTarget({ url }).schema ?? "communique"}_jobs`;

export async function openQueue(o: QueueOptions): Promise<PgBoss> {
  const { url } = parseTarget({ url: o.url });
  const jobTimeout = o.jobTimeout ?? 600;
  const boss = new PgBoss({
    connectionString: url,
    schema: queueSchema(o.url),
    max: 4,
    maintenanceIntervalSeconds: o.maintenance ?? Math.min(60, Math.max(1, Math.round(jobTimeout / 10))),
  });
  boss.on("error", () => undefined);
  try {
    await boss.start();
    // Failures are retried with exponential backoff; after the last try the job moves to the dead-letter queue.
    const queue = { retryLimit: 4, retryDelay: 2, retryBackoff: true, expireInSeconds: jobTimeout, deadLetter: DEAD };
    await ensureQueue(boss, DEAD, {}, false);
    await ensureQueue(boss, QUEUE, queue, o.configure ?? false);
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw new StoreError(`cannot open the job queue on ${redact(o.url)}: ${(err as Error).message}`, { cause: err });
  }
  return boss;
}

/** Creates the queue, or updates its options; two processes starting at once may both try to create it. */
async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, "name">, update: boolean): Promise<void> {
  if (await boss.getQueue(name)) return update ? boss.updateQueue(name, { name, ...options }) : undefined;
  try {
    await boss.createQueue(name, { name, ...options });
  } catch (err) {
    if (!(await boss.getQueue(name))) throw err;
  }
}
