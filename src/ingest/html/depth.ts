interface Node {
  firstChild: Node | null;
  nextSibling: Node | null;
  parentNode: Node | null;
}

/**
 * Whether elements nest deeper than `limit` below the root, found without recursion and stopping at the first
 * that does. Readability's cost grows with the square of the depth (a page 1,000 levels deep takes seconds), so a
 * deeper page goes to the linear fallback.
 */
export function nestsDeeperThan(root: Node, limit: number): boolean {
  let depth = 0;
  let node: Node | null = root.firstChild;
  if (node) depth = 1;
  while (node) {
    if (depth > limit) return true;
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (!node || node === root) return false;
    }
    node = node ? node.nextSibling : null;
  }
  return false;
}
