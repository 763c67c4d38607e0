#!/usr/bin/env node
// Finds every *.test.ts under src/ and test/ and runs them with Node's test runner (through tsx).
// Usage: npm test [-- FILTER...]  (FILTER keeps files whose path contains one of the words)
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const filters = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".test.ts")) files.push(p);
  }
};
for (const root of ["src", "test"]) if (existsSync(root)) walk(root);
const chosen = files.sort().filter((f) => !filters.length || filters.some((w) => f.includes(w)));
if (!chosen.length) {
  console.error("no test files matched");
  process.exit(1);
}
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", "--test-timeout=180000", ...chosen], { stdio: "inherit" });
// The browser tests skip themselves without Chromium (test/browser-helpers.ts); say so where it is seen: last.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (chosen.some((f) => f.includes("browser")) && !existsSync(chromium) && process.env.CI !== "true") {
  console.error(`\nbrowser tests SKIPPED (test/browser-*.test.ts): no Chromium at ${chromium}. Enable them with: apt-get install chromium (Debian), or set CHROMIUM_PATH`);
}
process.exit(r.status ?? 1);
