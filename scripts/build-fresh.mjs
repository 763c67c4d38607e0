// Whether dist/ (the compiled build) is at least as new as every file under src/: the start-up script and the
// benchmarks use it only then, so an edited source is never shadowed by an old build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** COMMUNIQUE_FROM_SOURCE=1 forces the sources, =0 the build (when there is one). */
export function buildIsFresh() {
  const stamp = `${ROOT}dist/.build-stamp`;
  if (process.env.COMMUNIQUE_FROM_SOURCE === "1" || !existsSync(stamp)) return false;
  if (process.env.COMMUNIQUE_FROM_SOURCE === "0") return true;
  try {
    return statSync(stamp).mtimeMs >= newestSource(`${ROOT}src`);
  } catch {
    return false;
  }
}
