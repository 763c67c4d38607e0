const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "td", "th", "tr", "option"]);
const TAG = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
/** Nesting in the raw markup past which the DOM is not built (the parser's cost grows with the square of depth). */
export const MAX_RAW_DEPTH = 1000;

/**
 * How deep the markup nests, by a scan of its tags (elements the parser closes by itself, and void ones, not counted);
 * stops as soon as the limit is passed.
 */
export function markupDeeperThan(html: string, limit = MAX_RAW_DEPTH): boolean {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > limit) return true;
  }
  return false;
}

const BLOCK_TAG = /<\/?(p|div|br|h[1-6]|li|tr|article|section|blockquote|pre|table|ul|ol|header|footer|main)\b[^>]*>/gi;

/**
 * Hostile markup (nested thousands of levels deep) as a flat page: scripts and styles dropped, block tags turned into
 * paragraph breaks, every other tag removed, the text re-wrapped in paragraphs. Linear in the length of the page.
 */
export function flattenMarkup(html: string): string {
  const text = html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, " ")
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(BLOCK_TAG, "\n\n")
    .replace(/<[^>]*>?/g, " ");
  const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<!doctype html><html><body>${paras.map((p) => `<p>${p.replace(/</g, "&lt;")}</p>`).join("\n")}</body></html>`;
}
