#!/usr/bin/env node
// Runs the compiled build (dist/, made by `npm run build` at install) when it is up to date with the sources, so a
// command starts without compiling; otherwise (no build, sources edited since, or COMMUNIQUE_FROM_SOURCE=1) runs the
// TypeScript sources through tsx, as a checkout always could.
import { existsSync, readdirSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);
const stamp = new URL("dist/.build-stamp", root);

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsFresh() {
  if (process.env.COMMUNIQUE_FROM_SOURCE === "1" || !existsSync(stamp)) return false;
  try {
    return statSync(stamp).mtimeMs >= newestSource(new URL("src", root).pathname);
  } catch {
    return false;
  }
}

let main;
if (buildIsFresh()) ({ main } = await import("../dist/cli/main.js"));
else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv);
