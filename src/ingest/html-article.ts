import { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";
import { declaredCharset, decodeText, formatBytes } from "./decode.ts";
import { extractHtml } from "./html/extract.ts";

/** The largest page parsed; a longer one is refused before parsing (a DOM costs about 10 times the page's size). */
export const MAX_HTML_BYTES = 10 * 1024 * 1024;
/** Less main text than this is no article (an index page, a login wall). */
const MIN_TEXT = 80;

/**
 * A web page's bytes → an article: decoded by the charset its transport declares, else the one the page declares (as
 * browsers do), the main text extracted (that text is what is stored, and what evidence offsets point into), with the
 * page's own metadata; the page itself goes along, to be kept (compressed) for audit.
 */
export function htmlArticle(bytes: Uint8Array, ctx: { id: string; source: string; url?: string | null; charset?: string | null }): RawArticle | InputError {
  if (bytes.length > MAX_HTML_BYTES) return new InputError("E_INPUT_TOO_LARGE", ctx.source, `page of ${formatBytes(bytes.length)} is larger than the ${formatBytes(MAX_HTML_BYTES)} limit for HTML`);
  const d = decodeText(bytes, { charset: ctx.charset ?? declaredCharset(bytes) });
  if ("code" in d) return new InputError(d.code, ctx.source, d.reason);
  return htmlTextArticle(d.text, ctx);
}

/** As htmlArticle, for a page already decoded (a feed item's content, a JSON field). */
export function htmlTextArticle(html: string, ctx: { id: string; source: string; url?: string | null }): RawArticle | InputError {
  let page;
  try {
    page = extractHtml(html, { url: ctx.url ?? null });
  } catch (err) {
    return new InputError("E_INPUT_HTML", ctx.source, `cannot read the page: ${(err as Error).message.slice(0, 200)}`);
  }
  if (page.text.trim().length < MIN_TEXT) return new InputError("E_INPUT_HTML", ctx.source, "no article text found in the page");
  return {
    id: ctx.id,
    source: ctx.source,
    text: page.text,
    url: page.url ?? ctx.url ?? null,
    published: page.published,
    outlet: page.outlet,
    title: page.title,
    author: page.author,
    language: page.language,
    html,
  };
}
