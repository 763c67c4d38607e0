import { open } from "node:fs/promises";
import { basename, extname } from "node:path";
import { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";
import { looksBinary, formatBytes } from "./decode.ts";
import { byteLines } from "./byte-lines.ts";
import { parseRecord } from "./jsonl-record.ts";
import type { InputFile } from "./walk.ts";

/**
 * A JSON Lines file, one article per line, streamed. The size limit applies to each record, not the file; a bad line
 * yields one error naming `path:line` and the rest still yield. A file that is binary or has no record is one error.
 */
export async function* readJsonl(file: InputFile, maxBytes: number): AsyncGenerator<RawArticle | InputError> {
  const head = await sniff(file.path);
  if (head instanceof InputError) return yield head;
  if (looksBinary(head)) return yield new InputError("E_INPUT_BINARY", file.path, "binary content (not JSON Lines)");
  const stem = basename(file.path, extname(file.path));
  let records = 0;
  for await (const line of byteLines(file.path, maxBytes)) {
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
  if (records === 0) yield new InputError("E_INPUT_EMPTY", file.path, "no JSON Lines records");
}

/** The first few KB, to tell a binary file from JSON Lines before parsing thousands of "lines" of it. */
async function sniff(path: string): Promise<Buffer | InputError> {
  try {
    const fh = await open(path, "r");
    try {
      const buf = Buffer.alloc(8192);
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (err) {
    return new InputError("E_INPUT_NOT_FOUND", path, `cannot read: ${(err as Error).message}`);
  }
}
