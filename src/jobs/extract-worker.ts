import { parentPort } from "node:worker_threads";
import { InputError } from "../errors.ts";
import type { RawArticle } from "../ingest/types.ts";
import { extractHere } from "./extractor.ts";

// One extraction per message; errors travel back as messages (with their code when they are input errors) so one
// bad article never kills the worker.
parentPort!.on("message", (msg: { id: number; raw: RawArticle }) => {
  extractHere(msg.raw).then(
    // The shingles' buffer is the record's own: moved, not copied.
    (save) => parentPort!.postMessage({ id: msg.id, save }, save.prepared?.shingles ? [save.prepared.shingles.buffer as ArrayBuffer] : []),
    (err: unknown) => {
      const input = err instanceof InputError ? { code: err.code, reason: err.message.slice(err.source.length + 2) } : undefined;
      parentPort!.postMessage({ id: msg.id, error: (err as Error).message ?? String(err), input });
    },
  );
});
