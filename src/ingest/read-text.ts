import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";
import { decodeText, formatBytes } from "./decode.ts";
import type { InputFile } from "./walk.ts";

/** One .txt file as one article; the size is checked (from stat) before reading, so a huge file costs nothing. */
export async function readTextFile(file: InputFile, maxBytes: number): Promise<RawArticle | InputError> {
  if (file.size > maxBytes) {
    return new InputError("E_INPUT_TOO_LARGE", file.path, `${formatBytes(file.size)} is larger than the ${formatBytes(maxBytes)} limit`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (err) {
    return new InputError("E_INPUT_NOT_FOUND", file.path, `cannot read: ${(err as Error).message}`);
  }
  const d = decodeText(bytes);
  if ("code" in d) return new InputError(d.code, file.path, d.reason);
  return { id: basename(file.path, extname(file.path)), source: file.path, text: d.text };
}
