import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { InputError } from "../errors.ts";
import { accessError, walkInputs } from "./walk.ts";
import { formatOf } from "./formats.ts";

const STORY = "Ministers of the alliance met in Minsk on Tuesday.\n";

async function walk(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const x of walkInputs(paths)) out.push(x instanceof InputError ? `${x.code} ${x.source}` : x.path);
  return out;
}

test("symbolic links back up the tree: each real folder read once, each loop one warning, good folders after it read", async () => {
  const d = mkdtempSync(join(tmpdir(), "communique-walk-"));
  mkdirSync(join(d, "a", "sub"), { recursive: true });
  mkdirSync(join(d, "z-good"));
  writeFileSync(join(d, "a", "one.txt"), STORY);
  writeFileSync(join(d, "a", "sub", "two.txt"), STORY);
  writeFileSync(join(d, "z-good", "three.txt"), STORY);
  symlinkSync("..", join(d, "a", "sub", "up"));
  symlinkSync("..", join(d, "a", "sub", "up2"));
  symlinkSync("loop-b", join(d, "loop-a"));
  symlinkSync("loop-a", join(d, "loop-b"));
  const t = performance.now();
  const items = await walk([d]);
  assert.ok(performance.now() - t < 2000);
  assert.deepEqual(items.filter((i) => !i.startsWith("E_")), [join(d, "a", "one.txt"), join(d, "a", "sub", "two.txt"), join(d, "z-good", "three.txt")]);
  const loops = items.filter((i) => i.startsWith("E_INPUT_LOOP"));
  assert.deepEqual(loops, [`E_INPUT_LOOP ${join(d, "a", "sub", "up")}`, `E_INPUT_LOOP ${join(d, "a", "sub", "up2")}`, `E_INPUT_LOOP ${join(d, "loop-a")}`, `E_INPUT_LOOP ${join(d, "loop-b")}`]);
});

test("files are yielded as they are found, before the rest of the tree is walked", async () => {
  const d = mkdtempSync(join(tmpdir(), "communique-walk-"));
  for (let i = 0; i < 50; i++) {
    mkdirSync(join(d, `f${String(i).padStart(2, "0")}`));
    writeFileSync(join(d, `f${String(i).padStart(2, "0")}`, "x.txt"), STORY);
  }
  const it = walkInputs([d]);
  const first = await it.next();
  assert.equal((first.value as { path: string }).path, join(d, "f00", "x.txt"));
  await it.return(undefined);
});

test("permission denied is E_INPUT_ACCESS, not 'not found'", async () => {
  const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
  assert.equal(accessError("/x", denied, "folder").code, "E_INPUT_ACCESS");
  assert.equal(accessError("/x", Object.assign(new Error("gone"), { code: "ENOENT" }), "folder").code, "E_INPUT_NOT_FOUND");
  if (process.getuid?.() === 0) return; // root reads every folder: the real case below needs an ordinary user
  const d = mkdtempSync(join(tmpdir(), "communique-walk-"));
  mkdirSync(join(d, "locked"));
  chmodSync(join(d, "locked"), 0o000);
  assert.deepEqual(await walk([d]), [`E_INPUT_ACCESS ${join(d, "locked")}`]);
  chmodSync(join(d, "locked"), 0o755);
});

test("formats from file names, compressed or not", () => {
  assert.deepEqual(formatOf("a.warc.gz"), { format: "warc", gzip: true });
  assert.deepEqual(formatOf("page.HTM"), { format: "html", gzip: false });
  assert.deepEqual(formatOf("feed.atom"), { format: "feed", gzip: false });
  assert.deepEqual(formatOf("x.jsonl.gz"), { format: "jsonl", gzip: true });
  assert.equal(formatOf("photo.jpg"), null);
  assert.equal(formatOf("archive.gz"), null);
  assert.equal(formatOf("README"), null);
});
