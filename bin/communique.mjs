#!/usr/bin/env node
// Runs the compiled build (dist/, made by `npm run build` at install) when it is up to date with the sources, so a
// command starts without compiling; otherwise (no build, sources edited since, or COMMUNIQUE_FROM_SOURCE=1) runs the
// TypeScript sources through tsx, as a checkout always could.
import { buildIsFresh } from "../scripts/build-fresh.mjs";

let main;
if (buildIsFresh()) ({ main } = await import("../dist/cli/main.js"));
else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv);
