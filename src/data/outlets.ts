import { fold, loadData } from "./load.ts";

export interface Outlet {
  name: string;
  aliases: string[];
}

const raw = loadData<{ outlets: Outlet[] }>("outlets.json");
export const OUTLETS: readonly Outlet[] = raw.outlets;

const byKey = new Map<string, Outlet>();
for (const o of OUTLETS) for (const n of [o.name, ...o.aliases]) byKey.set(fold(n).replace(/^the /, ""), o);

/** A known news outlet by its name or an alias, any case ("ARMENPRESS" → Armenpress, "ITAR-TASS" → TASS). */
export function findOutlet(name: string): Outlet | undefined {
  return byKey.get(fold(name).replace(/^the /, ""));
}
