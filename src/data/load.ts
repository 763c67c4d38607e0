import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** Reads one reference file of data/ (parsed once per process by each loader that caches it). */
export function loadData<T>(name: string): T {
  return JSON.parse(readFileSync(DATA_DIR + name, "utf8")) as T;
}

/** Case-, accent- and punctuation-insensitive key for looking names up. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’ʼ`']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
