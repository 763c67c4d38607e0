// The quality gate: the dev benchmark may not fall below the floors recorded in eval-floors.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "./helpers.ts";

const gold = join(ROOT, "..", "shared", "eval", "dev");

test("dev benchmark figures stay at or above their floors", { skip: !existsSync(gold) && `benchmark not found at ${gold}` }, () => {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/eval.ts", "--gold", gold, "--check", "--json"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout.slice(r.stdout.indexOf("{"), r.stdout.lastIndexOf("}") + 1)).articles > 0, true);
});
