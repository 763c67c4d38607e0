import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "zod";
import { DataError } from "../errors.ts";
import { FILES, type FileKind, type Knowledge } from "./kinds.ts";
import { mergeFile } from "./merge.ts";
import { checkReferences } from "./references.ts";
import { BUNDLED_DATA_DIR, deepFreeze } from "./snapshot.ts";

export interface LoadOptions {
  /** Folders of user knowledge files, applied in order after the bundled data (`--data DIR`). */
  dirs?: readonly string[];
  /** Replaces the bundled data folder (tests). */
  base?: string;
}

/**
 * The whole reference knowledge as one immutable, validated object: the bundled data/ plus each user folder.
 * Every file is checked by its schema; then references across files are checked (a body's summit body exists,
 * a session's body belongs to its organization...). Any failure is a DataError naming the file and JSON path.
 */
export function loadKnowledge(opts: LoadOptions = {}): Knowledge {
  const base = opts.base ?? BUNDLED_DATA_DIR;
  const acc = emptyKnowledge();
  for (const kind of Object.keys(FILES) as FileKind[]) {
    const file = join(base, `${kind}.json`);
    if (existsSync(file)) mergeFile(acc, kind, readValidated(file, kind), file);
  }
  for (const dir of opts.dirs ?? []) for (const [file, kind] of userFiles(dir)) mergeFile(acc, kind, readValidated(file, kind), file);
  checkReferences(acc);
  acc.sources = [base, ...(opts.dirs ?? [])];
  return deepFreeze(acc);
}

function userFiles(dir: string): [string, FileKind][] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DataError("E_DATA_NOT_FOUND", dir, "", "no such knowledge folder");
  const out: [string, FileKind][] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".json") || name.startsWith(".")) continue;
    const kind = basename(name, ".json");
    if (!(kind in FILES)) throw new DataError("E_DATA_SCHEMA", join(dir, name), "", `unknown knowledge file; expected one of ${Object.keys(FILES).map((k) => `${k}.json`).join(", ")}`);
    out.push([join(dir, name), kind as FileKind]);
  }
  return out;
}

function readValidated<K extends FileKind>(file: string, kind: K): z.output<(typeof FILES)[K]> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new DataError("E_DATA_PARSE", file, "", `not valid JSON (${(e as Error).message})`);
  }
  const r = FILES[kind].safeParse(json);
  if (r.success) return r.data as z.output<(typeof FILES)[K]>;
  const issue = r.error.issues[0]!;
  throw new DataError("E_DATA_SCHEMA", file, jsonPath(issue.path), issue.message);
}

/** `organizations[3].bodies[0].name`: the JSON path a person can find in the file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
}

function emptyKnowledge(): Knowledge {
  return {
    organizations: [],
    titles: { titles: [], modifiers: [], ranks: [], honorifics: [] },
    places: { countries: [], cities: [], regions: [] },
    outlets: [],
    sessions: [],
    offices: [],
    firstNames: { names: [], regional: [] },
    surnameFirst: [],
    topics: [],
    lexicons: {},
    memberGroups: [],
    sameEvent: { toleranceDaysSameBodies: 1, toleranceDaysOtherwise: 0, exerciseSpanDays: 14 },
    institutions: [],
    sources: [],
  };
}
