import type { Store } from "../store/types.ts";
import { badRequest } from "./http-error.ts";
import { IngestQueue } from "./ingest/queue.ts";
import type { PostedArticle, PostedResult } from "./ingest/posted.ts";

export type { PostedArticle, PostedResult } from "./ingest/posted.ts";
export { formArticles, readForm } from "./ingest/posted.ts";

// One queue per store, shared by the API and the web form, so posted articles are processed one at a time.
const queues = new WeakMap<Store, IngestQueue>();

/** The store's queue; the first call (the server's, at start) decides whether it keeps an inbox on disk. */
export function ingestQueue(store: Store, opts: { inbox?: string | null } = {}): IngestQueue {
  let q = queues.get(store);
  if (!q) queues.set(store, (q = new IngestQueue(store, opts)));
  return q;
}

/** Queues posted articles and waits for their results; the server keeps answering meanwhile (see IngestQueue). */
export async function ingestTexts(store: Store, items: PostedArticle[]): Promise<PostedResult[]> {
  if (!items.length) throw badRequest("no article given");
  return (await ingestQueue(store).submit(items).done).results;
}
