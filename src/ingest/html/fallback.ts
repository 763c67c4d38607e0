import { textBlocks, type Block } from "./blocks.ts";
import { pruneDocument } from "./prune.ts";

type Doc = Parameters<typeof pruneDocument>[0] & { body: unknown };

const PROSE = /[.!?…"”»)]$/;

/**
 * Where Readability gives up (short pages, lists of items, unusual markup): the longest stretch of prose blocks in
 * document order, allowing short interruptions; else every prose block of the body.
 */
export function fallbackBlocks(doc: Doc): { blocks: Block[]; method: "paragraphs" | "body" } {
  pruneDocument(doc);
  const body = doc.body as Parameters<typeof textBlocks>[0] | null;
  const all = body ? textBlocks(body) : [];
  const prose = (b: Block) => b.text.length >= 40 && PROSE.test(b.text) && b.linkChars / Math.max(1, b.chars) < 0.5;
  let best: { from: number; to: number; chars: number } | null = null;
  let from = -1;
  let chars = 0;
  let gap = 0;
  all.forEach((b, i) => {
    if (prose(b)) {
      if (from < 0) { from = i; chars = 0; }
      chars += b.text.length;
      gap = 0;
      if (!best || chars > best.chars) best = { from, to: i, chars };
    } else if (from >= 0 && ++gap > 2) from = -1;
  });
  const run = best as { from: number; to: number; chars: number } | null;
  if (run && run.chars >= 150) return { blocks: all.slice(run.from, run.to + 1), method: "paragraphs" };
  return { blocks: all.filter((b) => b.text.length >= 20), method: "body" };
}
