import { parentPort } from "node:worker_threads";
import { processArticle } from "../pipeline.ts";
import type { RawArticle } from "../ingest/types.ts";

// One extraction per message; errors travel back as messages so one bad article never kills the worker.
parentPort!.on("message", (msg: { id: number; raw: RawArticle }) => {
  try {
    parentPort!.postMessage({ id: msg.id, save: processArticle(msg.raw).save });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: (err as Error).message ?? String(err) });
  }
});
