#!/usr/bin/env node
// Finds every *.test.ts under src/ and test/ and runs them with Node's test runner (through tsx).
// Usage: npm test [-- FILTER...]  (FILTER keeps files whose path contains one of the words)
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { connect } from "node:net";

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
let chosen = files.sort().filter((f) => !filters.length || filters.some((w) => f.includes(w)));

// The PostgreSQL tests need a server (CI machines run one). Without one, outside CI, they are left out and named.
const PG_URL = process.env.COMMUNIQUE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const PG_FILES = ["src/store/postgres/postgres-store.test.ts", "src/store/sql/schema/schema.test.ts", "src/store/sql/knowledge-repo.test.ts", "src/queue/", "test/queue-workers.test.ts", "test/web-addresses.test.ts"];
const reachable = (url) =>
  new Promise((resolve) => {
    const u = new URL(url);
    const socket = connect({ host: u.hostname || "127.0.0.1", port: Number(u.port || 5432) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1500, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
const pgFiles = chosen.filter((f) => PG_FILES.some((p) => f.replaceAll("\\", "/").includes(p)));
const pgSkipped = pgFiles.length > 0 && process.env.CI !== "true" && !(await reachable(PG_URL)) ? pgFiles : [];
chosen = chosen.filter((f) => !pgSkipped.includes(f));
const pgNote = () =>
  pgSkipped.length &&
  console.error(`\nPostgreSQL tests SKIPPED (${pgSkipped.join(", ")}): no server at ${PG_URL}. Enable them with a PostgreSQL server there (trust auth, database "test"; on Debian: apt-get install postgresql), or set COMMUNIQUE_TEST_PG to another URL`);
if (!chosen.length) {
  if (pgSkipped.length) {
    pgNote();
    process.exit(0);
  }
  console.error("no test files matched");
  process.exit(1);
}
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", "--test-timeout=180000", ...chosen], { stdio: "inherit" });
// The browser tests skip themselves without Chromium (test/browser-helpers.ts); say so where it is seen: last.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (chosen.some((f) => f.includes("browser")) && !existsSync(chromium) && process.env.CI !== "true") {
  console.error(`\nbrowser tests SKIPPED (test/browser-*.test.ts): no Chromium at ${chromium}. Enable them with: apt-get install chromium (Debian), or set CHROMIUM_PATH`);
}
pgNote();
process.exit(r.status ?? 1);
