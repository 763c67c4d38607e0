import { opendir, realpath, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { InputError } from "../errors.ts";
import { formatOf, SUPPORTED, type InputFormat } from "./formats.ts";

export type { InputFormat } from "./formats.ts";

/** One file to read, with its size from stat (so size limits are checked before any byte is read). */
export interface InputFile {
  path: string;
  format: InputFormat;
  /** gzip-compressed (`.gz`): read through a bounded decompressor. */
  gzip: boolean;
  size: number;
}

export const accessError = (path: string, err: unknown, what: string): InputError => {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return new InputError("E_INPUT_ACCESS", path, `permission denied: cannot read ${what}`);
  if (code === "ELOOP") return new InputError("E_INPUT_LOOP", path, "symbolic link loop");
  return new InputError("E_INPUT_NOT_FOUND", path, `cannot read ${what}: ${(err as Error).message}`);
};

/**
 * Expands paths into the files to read, streamed: each file is yielded as soon as it is found, so reading starts at
 * once and a slow or broken branch never holds back the rest. Every real folder is visited once (symbolic links that
 * lead back into a visited folder are one E_INPUT_LOOP warning, not a walk that branches without end). Inside folders,
 * hidden entries and unsupported extensions are skipped silently; a file named explicitly must be supported.
 */
export async function* walkInputs(paths: string[]): AsyncGenerator<InputFile | InputError> {
  const visited = new Set<string>();
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      const e = accessError(p, err, "it");
      yield e.code === "E_INPUT_NOT_FOUND" ? new InputError("E_INPUT_NOT_FOUND", p, "no such file or folder") : e;
      continue;
    }
    if (st.isDirectory()) yield* walkFolder(p, visited);
    else {
      const f = formatOf(basename(p));
      if (f) yield { path: p, ...f, size: st.size };
      else yield new InputError("E_INPUT_UNSUPPORTED", p, `unsupported file type "${basename(p)}" (expected ${SUPPORTED})`);
    }
  }
}

async function* walkFolder(dir: string, visited: Set<string>): AsyncGenerator<InputFile | InputError> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    yield accessError(dir, err, "folder");
    return;
  }
  if (visited.has(real)) {
    yield new InputError("E_INPUT_LOOP", dir, `leads to ${real}, already read (a symbolic link loop or a second link to it); skipped`);
    return;
  }
  visited.add(real);
  let names: string[];
  try {
    names = [];
    for await (const d of await opendir(dir)) if (!d.name.startsWith(".")) names.push(d.name);
    names.sort();
  } catch (err) {
    yield accessError(dir, err, "folder");
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    // A dangling link is nothing asked for; a loop of links or a forbidden entry is worth one line.
    const st = await stat(p).catch((err: NodeJS.ErrnoException) => (err.code === "ELOOP" || err.code === "EACCES" ? err : null));
    if (!st) continue;
    if (st instanceof Error) yield accessError(p, st, "it");
    else if (st.isDirectory()) yield* walkFolder(p, visited);
    else {
      const f = formatOf(name);
      if (f && st.isFile()) yield { path: p, ...f, size: st.size };
    }
  }
}
