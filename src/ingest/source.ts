import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { InputError } from "../errors.ts";
import { formatBytes } from "./decode.ts";
import type { InputFile } from "./walk.ts";

/**
 * How far a .gz may expand: text compresses about 3 to 10 times, so anything past this ratio is a decompression bomb
 * and is stopped as it inflates, never held in memory.
 */
export const MAX_GZIP_RATIO = 200;
/** A floor for small files, whose ratio says little (64 KB of "a" is a fine test file). */
const MIN_GZIP_ALLOWANCE = 16 * 1024 * 1024;

/** The file's bytes as they stream (decompressed when .gz); throws an InputError for unreadable or bomb-like files. */
export async function* fileChunks(file: InputFile): AsyncGenerator<Buffer> {
  const raw = createReadStream(file.path);
  try {
    if (!file.gzip) {
      for await (const c of raw as AsyncIterable<Buffer>) yield c;
      return;
    }
    const allowance = Math.max(MIN_GZIP_ALLOWANCE, file.size * MAX_GZIP_RATIO);
    let out = 0;
    for await (const c of raw.pipe(createGunzip()) as AsyncIterable<Buffer>) {
      out += c.length;
      if (out > allowance) {
        throw new InputError("E_INPUT_GZIP", file.path, `expands past ${formatBytes(allowance)} (over ${MAX_GZIP_RATIO} times its size: a decompression bomb?)`);
      }
      yield c;
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw readError(file, err);
  } finally {
    raw.destroy();
  }
}

/** The whole file in memory, up to maxBytes (after decompression): the size is checked before and while reading. */
export async function readWhole(file: InputFile, maxBytes: number): Promise<Buffer | InputError> {
  if (!file.gzip && file.size > maxBytes) return tooLarge(file.path, file.size, maxBytes);
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of fileChunks(file)) {
      size += c.length;
      if (size > maxBytes) return tooLarge(file.path, size, maxBytes, file.gzip);
      parts.push(c);
    }
  } catch (err) {
    return err instanceof InputError ? err : readError(file, err);
  }
  return Buffer.concat(parts);
}

const tooLarge = (path: string, size: number, max: number, partial = false) =>
  new InputError("E_INPUT_TOO_LARGE", path, `${partial ? "over " : ""}${formatBytes(size)}${partial ? " once decompressed" : ""} is larger than the ${formatBytes(max)} limit`);

function readError(file: InputFile, err: unknown): InputError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === "EACCES" || e.code === "EPERM") return new InputError("E_INPUT_ACCESS", file.path, "permission denied");
  if (e.code === "ENOENT") return new InputError("E_INPUT_NOT_FOUND", file.path, "no such file");
  if (file.gzip && /^Z_|ERR_/.test(e.code ?? "")) return new InputError("E_INPUT_GZIP", file.path, `not valid gzip data (${e.message})`);
  return new InputError("E_INPUT_NOT_FOUND", file.path, `cannot read: ${e.message}`);
}
