import type { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";
import { walkInputs, type InputFile } from "./walk.ts";
import { readTextFile } from "./read-text.ts";
import { readJsonl } from "./read-jsonl.ts";
import { fileChunks } from "./source.ts";

export interface ReadOptions {
  /** Largest file, JSON Lines record or archive record read (after decompression); larger ones are an
   * E_INPUT_TOO_LARGE error. Default 10 MB. */
  maxBytes?: number;
  /** Skip the language check here (default: check): a caller that checks elsewhere, such as in a worker thread. */
  skipLanguageCheck?: boolean;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Every article under the paths (text, HTML, JSON Lines, feeds, web archives, any of them gzip-compressed; folders
 * walked recursively), in order, streamed: one file or one record in memory at a time. A bad input never throws: it
 * yields one InputError naming it (and the record) and why. Articles not in English are skipped with their language.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<RawArticle | InputError> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // The language model (franc) is loaded on the first article to check, never when a worker thread checks instead.
  let check: ((a: RawArticle) => RawArticle | InputError) | undefined;
  for await (const item of walkInputs(paths)) {
    if (!isFile(item)) {
      yield item;
      continue;
    }
    for await (const a of readFile(item, maxBytes)) {
      if ("text" in a && !opts.skipLanguageCheck) yield (check ??= (await import("./language.ts")).languageCheck)(a);
      else yield a;
    }
  }
}

// Feeds and web archives need an HTML/XML parser (linkedom): their readers are loaded only when such a file comes.
async function* readFile(item: InputFile, maxBytes: number): AsyncGenerator<RawArticle | InputError> {
  if (item.format === "txt" || item.format === "html") yield await readTextFile(item, maxBytes);
  else if (item.format === "jsonl") yield* readJsonl(item, maxBytes);
  else if (item.format === "feed") yield* (await import("./read-feed.ts")).readFeed(item, maxBytes);
  else yield* (await import("./read-warc.ts")).readWarc(item, maxBytes);
}

/**
 * About how many items readInputs will yield, for a progress bar: one per file or bad path, plus one per line of
 * each JSON Lines file (newlines counted by streaming the raw bytes, nothing parsed; blank lines are counted too, so
 * it can overshoot a little). Feeds and archives count as one each (their items are not parsed twice).
 */
export async function countInputs(paths: string[]): Promise<number> {
  let n = 0;
  for await (const item of walkInputs(paths)) {
    n += isFile(item) && item.format === "jsonl" ? await countLines(item) : 1;
  }
  return n;
}

function isFile(item: InputFile | InputError): item is InputFile {
  return !(item instanceof Error);
}

async function countLines(file: InputFile): Promise<number> {
  let lines = 0;
  let last = 10;
  try {
    for await (const chunk of fileChunks(file)) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      if (chunk.length) last = chunk[chunk.length - 1]!;
    }
  } catch {
    return 1; // unreadable: readInputs will yield one error for it
  }
  return Math.max(1, lines + (last === 10 ? 0 : 1));
}
