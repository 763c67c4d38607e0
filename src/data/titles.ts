import { loadData } from "./load.ts";

export interface TitleDef {
  title: string;
  aliases: string[];
  scope: "state" | "org" | "any";
  head?: "state" | "government";
}

interface TitlesFile {
  titles: TitleDef[];
  modifiers: string[];
  ranks: string[];
  honorifics: string[];
}

const raw = loadData<TitlesFile>("titles.json");
export const TITLES: readonly TitleDef[] = raw.titles;
export const TITLE_MODIFIERS: readonly string[] = raw.modifiers;
export const RANKS: readonly string[] = raw.ranks;
export const HONORIFICS: readonly string[] = raw.honorifics;

const byLower = new Map<string, TitleDef>();
for (const t of TITLES) for (const n of [t.title, ...t.aliases]) byLower.set(n.toLowerCase(), t);

export function findTitle(s: string): TitleDef | undefined {
  return byLower.get(s.toLowerCase().replace(/\s+/g, " ").trim());
}
