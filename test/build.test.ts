// The compiled build (dist/, scripts/build.mjs) is what users run: the same results as the sources, with its data,
// package files and worker thread found from the bundled files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildIsFresh } from "../scripts/build-fresh.mjs";
import { cli, EXAMPLES, ROOT, tempDir } from "./helpers.ts";

// Built here only when missing or older than the sources (an install builds it; an edited tree may not have).
if (!buildIsFresh()) spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
const FROM_BUILD = { COMMUNIQUE_FROM_SOURCE: "0" };
const FROM_SOURCE = { COMMUNIQUE_FROM_SOURCE: "1" };

test("the build has the command line and the worker thread as entry files, and the validated knowledge", () => {
  assert.ok(existsSync(join(ROOT, "dist", "cli", "main.js")));
  assert.ok(existsSync(join(ROOT, "dist", "jobs", "extract-worker.js")));
  assert.ok(existsSync(join(ROOT, "dist", "knowledge.json")), "the bundled knowledge, validated by the build");
});

test("extract from the build prints the same facts as from the sources", () => {
  const files = [join(EXAMPLES, "seed-000.txt"), join(EXAMPLES, "seed-003.txt")];
  const built = cli(["extract", ...files], { env: FROM_BUILD });
  const source = cli(["extract", ...files], { env: FROM_SOURCE });
  assert.equal(built.code, 0, built.stderr);
  assert.equal(source.code, 0, source.stderr);
  assert.equal(built.stdout.trim().split("\n").length, 2);
  assert.equal(built.stdout, source.stdout);
});

test("the build reads an HTML page as the sources do", () => {
  const dir = tempDir();
  const page = join(dir, "page.html");
  const text = readFileSync(join(EXAMPLES, "seed-001.txt"), "utf8");
  const body = text.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("\n");
  writeFileSync(page, `<!doctype html><html lang="en"><head><title>t</title></head><body><article>${body}</article></body></html>`);
  const built = cli(["extract", page], { env: FROM_BUILD });
  assert.equal(built.code, 0, built.stderr);
  assert.equal(built.stdout, cli(["extract", page], { env: FROM_SOURCE }).stdout);
  assert.ok((JSON.parse(built.stdout) as { events: unknown[] }).events.length > 0);
});

test("help and version from the build name every command and the package's version", () => {
  const help = cli(["--help"], { env: FROM_BUILD });
  assert.equal(help.code, 0, help.stderr);
  for (const name of ["ingest", "extract", "events", "serve", "worker", "jobs"]) assert.match(help.stdout, new RegExp(`^  ${name}\\b`, "m"));
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  assert.equal(cli(["--version"], { env: FROM_BUILD }).stdout.trim(), version);
});

test("ingest --jobs 2 from the build starts its worker threads and stores every example", () => {
  const db = join(tempDir(), "kb.db");
  const r = cli(["ingest", "--jobs", "2", "--db", db, EXAMPLES], { env: FROM_BUILD });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout + r.stderr, /ingested 5 new/);
});
