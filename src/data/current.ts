import type { Knowledge } from "./kinds.ts";
import { readSnapshot } from "./snapshot.ts";

let active: Knowledge | null = null;

/** Folders of user knowledge named by COMMUNIQUE_DATA (separated like PATH entries). */
export function envDataDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.COMMUNIQUE_DATA ?? "").split(process.platform === "win32" ? ";" : ":").filter(Boolean);
}

// Start-up: run from the build without user folders, the bundled knowledge comes validated from the build's snapshot
// and zod is never loaded. Otherwise (from the sources the schemas may have changed since the build) the loader is
// imported now, as knowledge() below is synchronous.
const snapshot = envDataDirs().length || import.meta.url.endsWith(".ts") ? null : readSnapshot();
const full = snapshot ? null : await import("./bundle.ts");

/** The bundled knowledge alone, validated (from the build's snapshot when data/ is unchanged since). */
export async function bundledKnowledge(): Promise<Knowledge> {
  return snapshot ?? (full ?? (await import("./bundle.ts"))).loadKnowledge();
}

/**
 * The knowledge bundle this process runs with: the one installed by `useKnowledge` (the CLI's --data), or else
 * the bundled data plus COMMUNIQUE_DATA, loaded and validated on first use.
 */
export function knowledge(): Knowledge {
  if (active) return active;
  const dirs = envDataDirs();
  if (!dirs.length && snapshot) return (active = snapshot);
  if (!full) throw new Error("COMMUNIQUE_DATA was set after start-up: install the knowledge with useKnowledge(loadKnowledge({ dirs }))");
  return (active = full.loadKnowledge({ dirs }));
}

/** Installs a bundle for the rest of the process; every view derived from the previous one is recomputed. */
export function useKnowledge(k: Knowledge): void {
  active = k;
}

/**
 * Runs `fn` (synchronous: the engine is) with `k` as the bundle every rule reads, then restores the previous one, so
 * a caller can hand the engine its own knowledge without touching the rest of the process.
 */
export function withKnowledge<T>(k: Knowledge, fn: () => T): T {
  const before = active;
  active = k;
  try {
    return fn();
  } finally {
    active = before;
  }
}

/**
 * A view computed from a bundle (an index, a compiled pattern), computed once per bundle: rules ask for the view
 * of the bundle they run with instead of building module-level state at import time.
 */
export function derive<T>(build: (k: Knowledge) => T): (k?: Knowledge) => T {
  const cache = new WeakMap<Knowledge, T>();
  return (k = knowledge()) => {
    let v = cache.get(k);
    if (v === undefined) cache.set(k, (v = build(k)));
    return v;
  };
}
