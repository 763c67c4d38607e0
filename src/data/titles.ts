import { derive, knowledge } from "./current.ts";
import type { TitleDef } from "./kinds.ts";

export type { TitleDef };

/**
 * Titles of office: those of titles.json plus the officials' titles each organization declares
 * (organizations.json `titles`, scope org), so a user's organization file brings its own offices.
 */
export const titles = derive((k): readonly TitleDef[] => {
  const own = new Set(k.titles.titles.flatMap((t) => [t.title, ...t.aliases]).map((s) => s.toLowerCase()));
  const extra = k.organizations.flatMap((o) => o.titles ?? []).filter((t) => !own.has(t.toLowerCase()));
  return [...k.titles.titles, ...[...new Set(extra)].map((title) => ({ title, aliases: [], scope: "org" as const }))];
});
export const titleModifiers = (): readonly string[] => knowledge().titles.modifiers;
export const ranks = (): readonly string[] => knowledge().titles.ranks;
export const honorifics = (): readonly string[] => knowledge().titles.honorifics;

const byLower = derive((k) => {
  const m = new Map<string, TitleDef>();
  for (const t of titles(k)) for (const n of [t.title, ...t.aliases]) m.set(n.toLowerCase(), t);
  return m;
});

export function findTitle(s: string): TitleDef | undefined {
  return byLower().get(s.toLowerCase().replace(/\s+/g, " ").trim());
}
