/** A mention's neighbours (mentions it is `same` with, sharing a block) by level, with the groups they are in. */
export interface Neighbour {
  /** Index of the neighbour's level (0 = most precise). */
  level: number;
  groups: readonly string[];
}

export type Placement = { join: string } | { alone: true } | { slow: true };

/**
 * Where tieredGroups (tiered.ts) would put one new mention of level `level`, when that can be decided from its
 * neighbours alone without changing any other mention's group; otherwise `slow` (regroup its component).
 * - Most precise level: groups are connected components, so it joins the one group all its neighbours are in.
 * - Vaguer level: it joins the single group its more precise neighbours are in, unless a vaguer neighbour outside
 *   that group might now fit it; with several such groups it stays alone; with none, alone when nothing could link.
 */
export function placement(level: number, neighbours: readonly Neighbour[]): Placement {
  const above = new Set<string>();
  const here = new Set<string>();
  const below = new Set<string>();
  for (const n of neighbours) {
    const into = n.level < level ? above : n.level === level ? here : below;
    for (const g of n.groups) into.add(g);
  }
  if (level === 0) {
    const all = new Set([...here, ...below]);
    if (all.size === 0) return { alone: true };
    return here.size === 1 && all.size === 1 ? { join: [...here][0]! } : { slow: true };
  }
  if (above.size === 1) {
    const g = [...above][0]!;
    return [...below].every((b) => b === g) ? { join: g } : { slow: true };
  }
  if (below.size > 0) return { slow: true };
  if (above.size > 1) return { alone: true };
  return here.size === 0 ? { alone: true } : { slow: true };
}
