import { basename } from "node:path";
import { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";
import { decodeText } from "./decode.ts";
import { looksLikeHtml } from "./html-sniff.ts";
import { readWhole } from "./source.ts";
import type { InputFile } from "./walk.ts";

/** The file name without its extensions ("story.html.gz" → "story"): the article's id. */
export const stemOf = (path: string): string => basename(path).replace(/(\.(gz|tgz))?$/i, "").replace(/\.[^.]+$/, "") || basename(path);

/**
 * One .txt or .html file (or either gzip-compressed) as one article; the size is checked before and while reading, so
 * a huge file or a decompression bomb costs nothing. A .txt that is in fact an HTML page is read as a page.
 */
export async function readTextFile(file: InputFile, maxBytes: number): Promise<RawArticle | InputError> {
  const bytes = await readWhole(file, maxBytes);
  if (bytes instanceof InputError) return bytes;
  const id = stemOf(file.path);
  const head = bytes.subarray(0, 2048).toString("latin1");
  // The HTML reader (linkedom, Readability) is loaded only for a page: plain text never pays for it.
  if (file.format === "html" || looksLikeHtml(head)) return (await import("./html-article.ts")).htmlArticle(bytes, { id, source: file.path });
  const d = decodeText(bytes);
  if ("code" in d) return new InputError(d.code, file.path, d.reason);
  return { id, source: file.path, text: d.text };
}
