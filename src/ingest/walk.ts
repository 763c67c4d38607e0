import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { InputError } from "../errors.ts";

export type InputFormat = "txt" | "jsonl";

/** One file to read, with its size from stat (so size limits are checked before any byte is read). */
export interface InputFile {
  path: string;
  format: InputFormat;
  size: number;
}

const FORMATS: Record<string, InputFormat> = { ".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl" };

/**
 * Expands paths into the files to read, in order: a named file as is, a folder walked recursively in sorted order.
 * Inside folders, hidden entries and other extensions are skipped silently (a folder holds all sorts of things);
 * an explicitly named file of another extension is an error, since the user asked for it.
 */
export async function* walkInputs(paths: string[]): AsyncGenerator<InputFile | InputError> {
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    if (!st) yield new InputError("E_INPUT_NOT_FOUND", p, "no such file or folder");
    else if (st.isDirectory()) yield* walkFolder(p);
    else {
      const format = FORMATS[extname(p).toLowerCase()];
      if (format) yield { path: p, format, size: st.size };
      else yield new InputError("E_INPUT_UNSUPPORTED", p, `unsupported file type "${extname(p) || "(none)"}" (expected .txt, .jsonl or .ndjson)`);
    }
  }
}

async function* walkFolder(dir: string): AsyncGenerator<InputFile | InputError> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort();
  } catch (err) {
    yield new InputError("E_INPUT_NOT_FOUND", dir, `cannot read folder: ${(err as Error).message}`);
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    const st = await stat(p).catch(() => null);
    if (!st) continue; // vanished or a dangling link: nothing was asked of it by name
    if (st.isDirectory()) yield* walkFolder(p);
    else {
      const format = FORMATS[extname(name).toLowerCase()];
      if (format && st.isFile()) yield { path: p, format, size: st.size };
    }
  }
}
