#!/usr/bin/env node
// The compiled build (npm run build; run by `prepare` at install), so commands start without compiling TypeScript.
// esbuild bundles each entry point with its dependencies (chrono-node, zod, linkedom... but not the native or
// PostgreSQL packages) into a few files: loading hundreds of small modules cost more at start-up than running them.
// Code shared by entries goes to dist/chunks/, so a module is still one instance per process; a dynamic import()
// stays a separate chunk, loaded only when reached. Files of the package (data/, package.json, examples/, the web
// static files, the worker entry) are found through src/data/package-root.ts, not relative to a module's own file.
// Type errors do not block the build (esbuild does not check types); `npm run typecheck` is where they fail.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DIST = join(ROOT, "dist");
// Built beside dist/ and swapped in at the end: a command running meanwhile never sees a half-written build.
const NEXT = join(ROOT, `dist.next-${process.pid}`);

/** dist/NAME.js ← src/FILE: the command line, the extraction worker thread, and what the benchmarks import. */
const ENTRIES = {
  "cli/main": "src/cli/main.ts",
  "jobs/extract-worker": "src/jobs/extract-worker.ts",
  batch: "src/batch.ts",
  "store/open": "src/store/open.ts",
  pipeline: "src/pipeline.ts",
};
// Left to Node's resolution: a native addon, and the PostgreSQL client and queue (loaded only for a postgres:// store).
const EXTERNAL = ["better-sqlite3", "pg", "pg-native", "pg-boss"];

let esbuild;
try {
  esbuild = createRequire(import.meta.url)("esbuild");
} catch {
  console.error("build: esbuild is not installed: commands run from the sources through tsx");
  process.exit(0);
}

rmSync(NEXT, { recursive: true, force: true });
try {
  await esbuild.build({
    entryPoints: Object.entries(ENTRIES).map(([out, ins]) => ({ in: join(ROOT, ins), out })),
    outdir: NEXT,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: "chunks/[name]-[hash]",
    external: EXTERNAL,
    // Bundled CommonJS packages call require() (for node: modules and their optional parts): give ESM one.
    banner: { js: 'import { createRequire as __communiqueRequire } from "node:module"; const require = __communiqueRequire(import.meta.url);' },
    legalComments: "none",
    logLevel: "warning",
  });
} catch (err) {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`build: esbuild failed (${err.message.split("\n")[0]}); commands run from the sources through tsx`);
  process.exit(1);
}
// The bundled knowledge validated now, so that commands need not load zod and validate it at each start
// (src/data/snapshot.ts). Without it (invalid data/, say) they validate data/ themselves and report what is wrong.
const snap = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "knowledge-snapshot.ts"), join(NEXT, "knowledge.json")], { cwd: ROOT, encoding: "utf8" });
if (snap.status !== 0) console.error(`build: no knowledge snapshot (${(snap.stderr || "").trim().split("\n").slice(-3).join(" ")}): commands validate data/ at start`);
writeFileSync(join(NEXT, ".build-stamp"), `${new Date().toISOString()}\n`);
const old = join(ROOT, `dist.old-${process.pid}`);
if (existsSync(DIST)) renameSync(DIST, old);
renameSync(NEXT, DIST);
rmSync(old, { recursive: true, force: true });
const files = readdirSync(DIST, { recursive: true }).filter((f) => f.endsWith(".js")).length;
console.log(`build: dist/ ready (${files} files)`);
