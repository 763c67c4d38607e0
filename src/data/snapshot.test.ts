import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadKnowledge } from "./bundle.ts";
import { packagePath } from "./package-root.ts";
import { dataFingerprint, readSnapshot, snapshotText } from "./snapshot.ts";

const copyOfData = (): { dir: string; file: string } => {
  const tmp = mkdtempSync(join(tmpdir(), "communique-snapshot-"));
  const dir = join(tmp, "data");
  cpSync(packagePath("data"), dir, { recursive: true });
  return { dir, file: join(tmp, "knowledge.json") };
};

test("the snapshot reads back as the validated knowledge, frozen", () => {
  const { dir, file } = copyOfData();
  const k = loadKnowledge({ base: dir });
  writeFileSync(file, snapshotText(k, dataFingerprint(dir)));
  const back = readSnapshot(file, dir);
  assert.deepEqual(back, k);
  assert.ok(Object.isFrozen(back!.organizations[0]));
});

test("a data file edited, added or removed since the snapshot makes it unusable", () => {
  const { dir, file } = copyOfData();
  writeFileSync(file, snapshotText(loadKnowledge({ base: dir }), dataFingerprint(dir)));
  appendFileSync(join(dir, "titles.json"), "\n");
  assert.equal(readSnapshot(file, dir), null);
  const other = copyOfData();
  writeFileSync(other.file, snapshotText(loadKnowledge({ base: other.dir }), dataFingerprint(other.dir)));
  writeFileSync(join(other.dir, "extra.json"), "{}");
  assert.equal(readSnapshot(other.file, other.dir), null);
});

test("no snapshot file, or a broken one, is no snapshot", () => {
  const { dir, file } = copyOfData();
  assert.equal(readSnapshot(file, dir), null);
  writeFileSync(file, "{");
  assert.equal(readSnapshot(file, dir), null);
});
