// A folder with symbolic links back up the tree: the good files are stored within seconds, each loop one warning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { cli, EXAMPLES, tempDir } from "./helpers.ts";

test("ingest of a folder with two '..' links stores the good files once, quickly, with one warning per link", () => {
  const dir = tempDir();
  mkdirSync(join(dir, "a", "b"), { recursive: true });
  mkdirSync(join(dir, "z"));
  copyFileSync(join(EXAMPLES, "seed-000.txt"), join(dir, "a", "one.txt"));
  copyFileSync(join(EXAMPLES, "seed-003.txt"), join(dir, "a", "b", "two.txt"));
  copyFileSync(join(EXAMPLES, "seed-004.txt"), join(dir, "z", "three.txt"));
  symlinkSync("..", join(dir, "a", "b", "up"));
  symlinkSync("../..", join(dir, "a", "b", "top"));
  const started = Date.now();
  const r = cli(["ingest", dir, "--db", join(tempDir(), "w.db"), "--quiet"]);
  assert.ok(Date.now() - started < 30_000);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /ingested 3 new, 0 already stored, 0 failed, 2 skipped/);
  const warnings = r.stderr.trim().split("\n");
  assert.equal(warnings.length, 2, r.stderr);
  for (const w of warnings) assert.match(w, /^warning: .*\/a\/b\/(up|top): leads to .* already read .*\[E_INPUT_LOOP\]$/);
});
