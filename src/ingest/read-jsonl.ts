import { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";
import { looksBinary, formatBytes } from "./decode.ts";
import { byteLines } from "./byte-lines.ts";
import { parseRecord } from "./jsonl-record.ts";
import { fileChunks } from "./source.ts";
import { stemOf } from "./read-text.ts";
import type { InputFile } from "./walk.ts";

/**
 * A JSON Lines file (or .jsonl.gz), one article per line, streamed. The size limit applies to each record, not the
 * file; a bad line yields one error naming `path:line` and the rest still yield. A file that is binary or has no
 * record is one error; a stream that breaks midway (a truncated .gz) ends with one error after what was read.
 */
export async function* readJsonl(file: InputFile, maxBytes: number): AsyncGenerator<RawArticle | InputError> {
  const stem = stemOf(file.path);
  let records = 0;
  let first = true;
  try {
    for await (const line of byteLines(fileChunks(file), maxBytes)) {
      if (first && line.bytes && looksBinary(line.bytes.subarray(0, 8192))) return yield new InputError("E_INPUT_BINARY", file.path, "binary content (not JSON Lines)");
      first = false;
      const source = `${file.path}:${line.lineNo}`;
      if (!line.bytes) {
        records++;
        yield new InputError("E_INPUT_TOO_LARGE", source, `record of ${formatBytes(line.size)} is larger than the ${formatBytes(maxBytes)} limit`);
        continue;
      }
      if (line.bytes.every((b) => b === 32 || b === 9 || b === 13)) continue; // blank lines separate nothing
      records++;
      yield parseRecord(line.bytes, { path: file.path, lineNo: line.lineNo, stem });
    }
  } catch (err) {
    if (err instanceof InputError) return yield err;
    throw err;
  }
  if (records === 0) yield new InputError("E_INPUT_EMPTY", file.path, "no JSON Lines records");
}
