#!/usr/bin/env node
// The compiled build (npm run build; run by `prepare` at install): src/**/*.ts → dist/**/*.js with tsc, so commands
// start without compiling TypeScript. dist/ keeps src/'s layout and depth, so paths relative to a module (data/,
// package.json, static files) resolve the same. Assets are copied; the .mjs bootstraps that register tsx for a
// worker thread load the compiled worker instead.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SRC = join(ROOT, "src");
const DIST = join(ROOT, "dist");
// Built beside dist/ and swapped in at the end: a command running meanwhile never sees a half-written build.
const NEXT = join(ROOT, `dist.next-${process.pid}`);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  console.error("build: typescript is not installed (a production-only install): commands run from the sources through tsx");
  process.exit(0);
}
rmSync(NEXT, { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json"), "--outDir", NEXT], { stdio: "inherit" });
// Type errors do not block the build (tsc still emits); `npm run typecheck` is where they fail.
if (!existsSync(join(NEXT, "cli", "main.js"))) {
  rmSync(NEXT, { recursive: true, force: true });
  console.error("build: tsc emitted nothing; commands run from the sources through tsx");
  process.exit(r.status || 1);
}

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const file of walk(SRC)) {
  if (file.endsWith(".ts")) continue;
  const out = join(NEXT, relative(SRC, file));
  mkdirSync(dirname(out), { recursive: true });
  if (file.endsWith(".mjs")) {
    const text = readFileSync(file, "utf8")
      .replace(/^import \{ register \} from "tsx\/esm\/api";\n/m, "")
      .replace(/^register\(\);\n/m, "")
      .replace(/(import\(["']\.[^"']*)\.ts(["']\))/g, "$1.js$2");
    writeFileSync(out, text);
  } else cpSync(file, out);
}
writeFileSync(join(NEXT, ".build-stamp"), `${new Date().toISOString()}\n`);
const old = join(ROOT, `dist.old-${process.pid}`);
if (existsSync(DIST)) renameSync(DIST, old);
renameSync(NEXT, DIST);
rmSync(old, { recursive: true, force: true });
console.log(`build: dist/ ready (${walk(DIST).length} files)`);
