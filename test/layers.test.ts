// The layer order (ingest/nlp → extract → knowledge → store → cli/server/web) and the absence of import cycles,
// checked by dependency-cruiser over the sources with the rules in .dependency-cruiser.cjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers.ts";

const CRUISE = join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
const cruise = (...paths: string[]) =>
  spawnSync(process.execPath, [CRUISE, ...paths, "--config", ".dependency-cruiser.cjs", "--output-type", "err"], { cwd: ROOT, encoding: "utf8" });

test("no layer imports one above it and no module imports itself in a cycle", () => {
  const r = cruise("src");
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /no dependency violations found/);
});

test("the check catches a lower layer importing a higher one", () => {
  // A tree of its own, so the probe never meets the real sources' check running beside it.
  const dir = mkdtempSync(join(tmpdir(), "communique-layers-"));
  mkdirSync(join(dir, "src", "nlp"), { recursive: true });
  mkdirSync(join(dir, "src", "extract"), { recursive: true });
  writeFileSync(join(dir, "tsconfig.json"), "{}");
  writeFileSync(join(dir, "src", "extract", "types.ts"), "export interface EventFact { kind: string }\n");
  writeFileSync(join(dir, "src", "nlp", "probe.ts"), 'import type { EventFact } from "../extract/types.ts";\nexport type Probe = EventFact;\n');
  const r = spawnSync(process.execPath, [CRUISE, "src", "--config", join(ROOT, ".dependency-cruiser.cjs"), "--output-type", "err"], { cwd: dir, encoding: "utf8" });
  assert.notEqual(r.status, 0, r.stdout);
  assert.match(r.stdout, /nlp-layer: src\/nlp\/probe\.ts → src\/extract\/types\.ts/);
});
