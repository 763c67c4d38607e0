/**
 * The mentions whose grouping can change when new mentions arrive: everything sharing a blocking key with them, and
 * transitively everything sharing a key with those. Regrouping exactly this set gives the same groups as regrouping
 * everything, because a mention outside it shares no key with any mention inside.
 */
export async function blockClosure<M>(opts: {
  seed: readonly M[];
  id: (m: M) => string;
  blockKeys: (m: M) => string[];
  lookup: (blocks: string[]) => Promise<M[]>;
}): Promise<M[]> {
  const found = new Map<string, M>();
  for (const m of opts.seed) found.set(opts.id(m), m);
  const seenBlocks = new Set<string>();
  let frontier = [...opts.seed];
  while (frontier.length) {
    const blocks = [...new Set(frontier.flatMap(opts.blockKeys))].filter((b) => !seenBlocks.has(b));
    for (const b of blocks) seenBlocks.add(b);
    if (!blocks.length) break;
    frontier = [];
    for (const m of await opts.lookup(blocks)) {
      if (found.has(opts.id(m))) continue;
      found.set(opts.id(m), m);
      frontier.push(m);
    }
  }
  return [...found.values()];
}
