/** A run of text between block boundaries, with how much of it is link text (lists of links are navigation). */
export interface Block {
  text: string;
  /** The innermost block-level tag that holds the text ("p", "li", "h2"...). */
  tag: string;
  /** Characters inside <a>, out of the block's non-space characters. */
  linkChars: number;
  chars: number;
}

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
  "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "select", "textarea", "button", "head", "title"]);

interface Walkable {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: Walkable | null;
  nextSibling: Walkable | null;
  parentNode: Walkable | null;
}

/**
 * The text of an element as blocks, walked without recursion (a page nested 100,000 levels deep must not overflow the
 * stack). Whitespace inside a block collapses to one space, as a browser renders it.
 */
export function textBlocks(root: Walkable): Block[] {
  const out: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let links = 0;
  const tags: string[] = ["div"];
  const flush = () => {
    const text = parts.join("").replace(/\s+/g, " ").trim();
    if (text) out.push({ text, tag: tags[tags.length - 1] ?? "div", linkChars, chars: text.replace(/\s/g, "").length });
    parts = [];
    linkChars = 0;
  };
  const enter = (n: Walkable): boolean => {
    if (n.nodeType === 3) {
      const v = n.nodeValue ?? "";
      parts.push(v);
      if (links > 0) linkChars += v.replace(/\s/g, "").length;
      return false;
    }
    if (n.nodeType !== 1) return false;
    const tag = n.nodeName.toLowerCase();
    if (SKIP.has(tag)) return false;
    if (BLOCK.has(tag)) {
      flush();
      tags.push(tag);
    }
    if (tag === "a") links++;
    // Cells are words of their row: a row of numbers is kept or dropped whole, not cell by cell.
    if (tag === "td" || tag === "th") parts.push(" ");
    return true;
  };
  const leave = (n: Walkable) => {
    const tag = n.nodeName.toLowerCase();
    if (tag === "a") links--;
    if (BLOCK.has(tag)) {
      flush();
      tags.pop();
    }
  };
  let node: Walkable | null = root.firstChild;
  if (!node) return out;
  while (node) {
    if (enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === 1) leave(node);
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      leave(node);
    }
    node = node ? node.nextSibling : null;
  }
  flush();
  return out;
}
