import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's own folder (package.json, data/, examples/, src/, dist/): the nearest folder above this module that
 * holds a package.json. Found by walking up rather than by a fixed "../..", because the compiled build bundles this
 * module into files at other depths (dist/cli/main.js, dist/chunks/*.js, dist/batch.js); every path to a file of the
 * package goes through here, so it resolves the same from the sources and from the build.
 */
export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the package: packagePath("data", "places.json"). */
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`communique: no package.json above ${from}`);
  }
}
