import { Readability } from "@mozilla/readability";
import { textBlocks, type Block } from "./blocks.ts";
import { keepBlock } from "./keep-block.ts";
import { pruneDocument } from "./prune.ts";
import { fallbackBlocks } from "./fallback.ts";
import { nestsDeeperThan } from "./depth.ts";

export interface MainText {
  text: string;
  /** Which path found it: Readability, or one of our fallbacks when Readability finds nothing worth keeping. */
  method: "readability" | "paragraphs" | "body";
  byline: string | null;
  siteName: string | null;
  title: string | null;
}

type Doc = Parameters<typeof pruneDocument>[0] & { body: unknown; documentElement: unknown; cloneNode(deep: boolean): unknown };

const MIN_CHARS = 200;
/** Deepest nesting handed to Readability, and the most elements (real pages: depth under 100, under 20,000 elements). */
export const MAX_DEPTH = 150;
export const MAX_ELEMENTS = 60_000;

/**
 * The article's main text: furniture pruned, Readability's pick of the article area, then the blocks of that area that
 * are story (not links, credits or stamps), one paragraph per line with a blank line between. When Readability finds
 * nothing or too little, the densest run of paragraphs, and as a last resort the whole body's prose.
 */
export function mainText(doc: Doc): MainText {
  const fallbackDoc = doc.cloneNode(true) as Doc;
  pruneDocument(doc);
  let parsed: ReturnType<Readability<unknown>["parse"]> = null;
  try {
    if (!nestsDeeperThan((doc.documentElement ?? doc) as never, MAX_DEPTH)) {
      parsed = new Readability(doc as unknown as Document, { serializer: (n) => n, charThreshold: 300, maxElemsToParse: MAX_ELEMENTS }).parse();
    }
  } catch {
    parsed = null; // Readability throws on some malformed trees and past maxElemsToParse; the fallbacks need only the text
  }
  const meta = { byline: clean(parsed?.byline), siteName: clean(parsed?.siteName), title: clean(parsed?.title) };
  const root = parsed?.content as Parameters<typeof textBlocks>[0] | null | undefined;
  const kept = root ? textBlocks(root).filter(keepBlock) : [];
  const text = join(kept);
  if (text.length >= MIN_CHARS) return { text, method: "readability", ...meta };
  const fb = fallbackBlocks(fallbackDoc);
  const fbText = join(fb.blocks.filter(keepBlock));
  return fbText.length > text.length ? { text: fbText, method: fb.method, ...meta } : { text, method: "readability", ...meta };
}

const join = (blocks: Block[]): string => blocks.map((b) => b.text).join("\n\n");
const clean = (s: string | null | undefined): string | null => (s?.replace(/\s+/g, " ").trim() || null);
