import { derive } from "./current.ts";
import type { Outlet } from "./kinds.ts";
import { fold } from "./load.ts";

export type { Outlet };

const byKey = derive((k) => {
  const m = new Map<string, Outlet>();
  for (const o of k.outlets) for (const n of [o.name, ...o.aliases]) m.set(fold(n).replace(/^the /, ""), o);
  return m;
});

/** A known news outlet by its name or an alias, any case ("ARMENPRESS" → Armenpress, "ITAR-TASS" → TASS). */
export function findOutlet(name: string): Outlet | undefined {
  return byKey().get(fold(name).replace(/^the /, ""));
}
