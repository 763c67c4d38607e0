import { createHash } from "node:crypto";
import type { Article, ArticleMeta, RawArticle } from "./types.ts";
import { splitLines } from "./lines.ts";
import { blankLines, findBoilerplate } from "./clean.ts";
import { readHeader } from "./header.ts";
import { findPublished, normalizeGivenDate } from "./published.ts";
import { findOwnOutlet } from "./outlet.ts";

/**
 * Raw article → cleaned article with metadata. Boilerplate lines are blanked with spaces (so `text` keeps the length
 * and offsets of `original`); metadata comes from the container when it gives it, else from the text, with spans.
 */
export function prepareArticle(raw: RawArticle): Article {
  const original = raw.text;
  const lines = splitLines(original);
  const removed = findBoilerplate(lines);
  const header = readHeader(lines, removed);
  for (const [i, reason] of header.blank) removed.set(i, reason);
  const { text, ranges } = blankLines(original, lines, removed);

  const spans: ArticleMeta["spans"] = {};
  const given = normalizeGivenDate(raw.published);
  const published = given ? null : findPublished(lines, header, removed);
  if (published) spans.published = published.span;
  const outlet = raw.outlet?.trim() ? null : findOwnOutlet(lines, header);
  if (outlet) spans.outlet = outlet.span;
  const dl = header.dateline;
  if (dl) spans.dateline = { start: dl.line.start + dl.parsed.cityAt.index, end: dl.line.start + dl.parsed.cityAt.index + dl.parsed.cityAt.length };
  const title = header.title;
  if (title) {
    const lead = title.raw.indexOf(title.text);
    spans.title = { start: title.start + lead, end: title.start + lead + title.text.length };
  }
  return {
    id: raw.id,
    source: raw.source,
    original,
    text,
    removed: ranges,
    url: raw.url ?? null,
    meta: {
      published: given ?? published?.iso ?? null,
      outlet: raw.outlet?.trim() || outlet?.name || null,
      dateline: dl?.parsed.city ?? null,
      title: raw.title?.trim() || title?.text || null,
      spans,
    },
    hash: createHash("sha256").update(original).digest("hex"),
  };
}
