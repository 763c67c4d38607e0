import { UnionFind } from "./union-find.ts";

export interface TieredSpec<K, L extends string> {
  keys: K[];
  /** How precise each item is; items of a level absent from `levels` stay on their own. */
  level: (k: K) => L | null;
  /** Most precise first. */
  levels: L[];
  blockKeys: (k: K) => string[];
  same: (a: K, b: K) => boolean;
}

/**
 * Order-independent grouping that resists chaining. Items of the most precise level are joined by connected components
 * of `same`; an item of a vaguer level joins the one established group it fits, stays alone when it fits several
 * (it cannot tell them apart, and joining would chain them), and otherwise links with the other loose items of its
 * level. Candidates come only from shared blocking keys. Returns groups of indices into `keys`.
 */
export function tieredGroups<K, L extends string>(spec: TieredSpec<K, L>): number[][] {
  const { keys } = spec;
  const uf = new UnionFind(keys.length);
  const blocks = new Map<string, number[]>();
  keys.forEach((k, i) => {
    for (const b of spec.blockKeys(k)) blocks.set(b, [...(blocks.get(b) ?? []), i]);
  });
  const candidates = (i: number) => new Set(spec.blockKeys(keys[i]!).flatMap((b) => blocks.get(b) ?? []));
  const placed = new Set<number>();
  for (const level of spec.levels) {
    const here = keys.flatMap((k, i) => (spec.level(k) === level ? [i] : []));
    const joins: { i: number; root: number }[] = [];
    const loose = new Set<number>();
    for (const i of here) {
      const roots = new Set<number>();
      for (const j of candidates(i)) if (placed.has(j) && spec.same(keys[i]!, keys[j]!)) roots.add(uf.find(j));
      if (roots.size === 1) joins.push({ i, root: [...roots][0]! });
      else if (roots.size === 0) loose.add(i);
    }
    for (const { i, root } of joins) uf.union(i, root);
    for (const i of loose) for (const j of candidates(i)) if (j > i && loose.has(j) && spec.same(keys[i]!, keys[j]!)) uf.union(i, j);
    for (const i of here) placed.add(i);
  }
  return uf.groups();
}
