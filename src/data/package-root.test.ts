import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { PACKAGE_ROOT, packagePath } from "./package-root.ts";

test("the package root holds communique's package.json, its data and its sources", () => {
  assert.equal((JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { name: string }).name, "communique");
  assert.ok(existsSync(packagePath("data", "organizations.json")));
  assert.ok(existsSync(packagePath("src", "data", "package-root.ts")));
  assert.equal(packagePath(), PACKAGE_ROOT);
});
