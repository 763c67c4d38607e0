import { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";
import { formatBytes } from "./decode.ts";
import { htmlArticle } from "./html-article.ts";
import { httpPayload } from "./http-payload.ts";
import { fileChunks } from "./source.ts";
import { stemOf } from "./read-text.ts";
import { warcRecords, WarcFormatError } from "./warc.ts";
import type { InputFile } from "./walk.ts";

/**
 * A WARC or WARC.gz web archive, streamed record by record: every `response` record holding an HTML page is one
 * article (its target URI as the URL); other records (requests, metadata, images) are passed over silently.
 */
export async function* readWarc(file: InputFile, maxBytes: number): AsyncGenerator<RawArticle | InputError> {
  const stem = stemOf(file.path);
  let pages = 0;
  try {
    for await (const rec of warcRecords(fileChunks(file), maxBytes)) {
      if (rec.headers.get("warc-type") !== "response") continue;
      const source = `${file.path}#record-${rec.no}`;
      const url = rec.headers.get("warc-target-uri")?.replace(/^<|>$/g, "") ?? null;
      if (!rec.block) {
        pages++;
        yield new InputError("E_INPUT_TOO_LARGE", source, `record of ${formatBytes(rec.size)} is larger than the ${formatBytes(maxBytes)} limit`);
        continue;
      }
      const http = httpPayload(rec.block, maxBytes);
      if ("reason" in http) continue;
      if (http.status !== 200 || !/html/.test(http.contentType)) continue;
      pages++;
      yield htmlArticle(http.body, { id: `${stem}-${rec.no}`, source, url, charset: http.charset });
    }
  } catch (err) {
    if (err instanceof InputError) return yield err;
    if (err instanceof WarcFormatError) return yield new InputError("E_INPUT_WARC", file.path, err.message);
    throw err;
  }
  if (pages === 0) yield new InputError("E_INPUT_EMPTY", file.path, "no HTML responses in the archive");
}
