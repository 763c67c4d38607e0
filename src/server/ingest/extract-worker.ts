import { parentPort } from "node:worker_threads";
import { processArticle } from "../../pipeline.ts";
import type { RawArticle } from "../../ingest/types.ts";

// Extraction is CPU-bound for as long as an article is long: here it runs beside the server, which keeps answering.
parentPort!.on("message", (msg: { id: number; raw: RawArticle }) => {
  try {
    parentPort!.postMessage({ id: msg.id, save: processArticle(msg.raw).save });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: (err as Error).message });
  }
});
