import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import type { Knowledge } from "./kinds.ts";
import { packagePath } from "./package-root.ts";

// The bundled knowledge, validated once by the build (scripts/knowledge-snapshot.ts) and stored as JSON, so that a
// command run without user folders neither loads zod and the schemas nor validates (together ~100 ms of start-up).
// It is used only while data/ holds exactly the files it was made from; otherwise the bundle is loaded and validated
// as always (bundle.ts). This module must not import zod, even indirectly (types aside).

/** The bundled data folder (with a trailing separator, as Knowledge.sources names it). */
export const BUNDLED_DATA_DIR = `${packagePath("data")}${sep}`;
export const SNAPSHOT_FILE = packagePath("dist", "knowledge.json");

interface Snapshot {
  fingerprint: string;
  knowledge: Knowledge;
}

/** A digest of every .json file in the folder, names and bytes: any edit, addition or removal changes it. */
export function dataFingerprint(dir: string = BUNDLED_DATA_DIR): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const bytes = readFileSync(join(dir, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest("hex");
}

/** The file the build writes: the validated bundled knowledge and the fingerprint of the data it came from. */
export function snapshotText(k: Knowledge, fingerprint: string): string {
  const { sources: _sources, ...rest } = k;
  return JSON.stringify({ fingerprint, knowledge: rest });
}

/** The bundled knowledge from the build's snapshot, frozen; null when there is none or data/ changed since. */
export function readSnapshot(file: string = SNAPSHOT_FILE, dir: string = BUNDLED_DATA_DIR): Knowledge | null {
  if (!existsSync(file)) return null;
  let snap: Snapshot;
  try {
    snap = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  } catch {
    return null;
  }
  if (snap.fingerprint !== dataFingerprint(dir)) return null;
  return deepFreeze({ ...snap.knowledge, sources: [dir] });
}

export function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}
