// Strict TypeScript is part of the tests: strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes and
// noUnusedLocals over src, test, scripts and bin (tsconfig.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./helpers.ts";

test("the whole tree type-checks under the strict options", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", join(ROOT, "tsconfig.json")], { cwd: ROOT, encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
