import { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";
import { declaredCharset, decodeText } from "./decode.ts";
import { parseFeed, type FeedItem } from "./feed.ts";
import { htmlFragmentText } from "./html/fragment.ts";
import { readWhole } from "./source.ts";
import { stemOf } from "./read-text.ts";
import type { InputFile } from "./walk.ts";

/** An RSS or Atom file (or .gz): each item one article with its title, link, date and content (or summary). */
export async function* readFeed(file: InputFile, maxBytes: number): AsyncGenerator<RawArticle | InputError> {
  const bytes = await readWhole(file, maxBytes);
  if (bytes instanceof InputError) return yield bytes;
  const d = decodeText(bytes, { charset: declaredCharset(bytes) });
  if ("code" in d) return yield new InputError(d.code, file.path, d.reason);
  const feed = parseFeed(d.text);
  if ("reason" in feed) return yield new InputError("E_INPUT_FEED", file.path, feed.reason);
  if (!feed.items.length) return yield new InputError("E_INPUT_EMPTY", file.path, `no items in the ${feed.kind} feed`);
  const stem = stemOf(file.path);
  for (const [i, item] of feed.items.entries()) yield feedArticle(item, { source: `${file.path}#item-${i + 1}`, id: `${stem}-${i + 1}`, outlet: feed.title });
}

function feedArticle(item: FeedItem, ctx: { source: string; id: string; outlet: string | null }): RawArticle | InputError {
  const body = item.content ? (/<\/?[a-z][^>]*>/i.test(item.content) ? htmlFragmentText(item.content) : item.content) : "";
  if (!body.trim()) return new InputError("E_INPUT_EMPTY", ctx.source, "item has no content or summary");
  // The headline heads the text, as on a page, so the article reads whole; offsets point into this text.
  const text = item.title && !body.startsWith(item.title) ? `${item.title}\n\n${body}` : body;
  return {
    id: ctx.id, source: ctx.source, text, url: item.link, published: item.published, outlet: ctx.outlet, title: item.title,
    author: item.author, html: item.content && item.content !== body ? item.content : null,
  };
}
