import { join } from "node:path";
import type { Hono } from "hono";
import { ingestBatch } from "../src/batch.ts";
import { createApp } from "../src/server/app.ts";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/types.ts";
import { EXAMPLES, tempDir } from "./helpers.ts";

/** A fresh store holding the five seed examples, and the app over it (ingest on with this token). */
export async function seededApp(token: string, maxBodyBytes = 1_000_000): Promise<{ store: Store; app: Hono }> {
  const store = await openStore(join(tempDir(), "kb.db"));
  await ingestBatch(store, [EXAMPLES]);
  return { store, app: createApp({ store, token, maxBodyBytes }) };
}

type Job = { id: string; status: string; url: string; added: number; existing: number; failed: number; results: { name: string; status: string; articleId?: number; code?: string; error?: string }[] };

/** A POST /api/articles answer (202 with a job) followed to the end: polls the job until it is done, then returns it. */
export async function finishedJob(app: Hono, posted: Response, timeoutMs = 60_000): Promise<Job> {
  if (posted.status !== 202) throw new Error(`expected 202, got ${posted.status}: ${await posted.text()}`);
  const { job } = (await posted.json()) as { job: Job };
  if (posted.headers.get("location") !== job.url) throw new Error("Location names the job");
  const until = Date.now() + timeoutMs;
  for (;;) {
    const now = (await (await app.request(job.url)).json()) as Job;
    if (now.status === "done") return now;
    if (Date.now() > until) throw new Error(`job ${job.id} not done after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
