import { loadKnowledge } from "./bundle.ts";
import type { Knowledge } from "./kinds.ts";

let active: Knowledge | null = null;

/** Folders of user knowledge named by COMMUNIQUE_DATA (separated like PATH entries). */
export function envDataDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.COMMUNIQUE_DATA ?? "").split(process.platform === "win32" ? ";" : ":").filter(Boolean);
}

/**
 * The knowledge bundle this process runs with: the one installed by `useKnowledge` (the CLI's --data), or else
 * the bundled data plus COMMUNIQUE_DATA, loaded and validated on first use.
 */
export function knowledge(): Knowledge {
  return (active ??= loadKnowledge({ dirs: envDataDirs() }));
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
