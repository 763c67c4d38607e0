import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { InputError } from "../errors.ts";
import { countInputs, readInputs, type ReadOptions } from "./index.ts";
import type { RawArticle } from "./types.ts";

const STORY = "BISHKEK, 2 March (Kabar) - Defence ministers of the alliance met on Tuesday to agree a drills calendar.\n";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "communique-ingest-"));
}

async function collect(paths: string[], opts?: ReadOptions): Promise<(RawArticle | InputError)[]> {
  const out: (RawArticle | InputError)[] = [];
  for await (const item of readInputs(paths, opts)) out.push(item);
  return out;
}

function errorOf(items: (RawArticle | InputError)[]): InputError {
  assert.equal(items.length, 1, `expected one item, got ${items.length}`);
  assert.ok(items[0] instanceof InputError, "expected an InputError");
  return items[0];
}

test("a .txt file is one article named after the file; a UTF-8 BOM is dropped", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "story-one.txt"), `\uFEFF${STORY}`);
  const [a] = await collect([join(dir, "story-one.txt")]);
  assert.ok(a && !(a instanceof InputError));
  assert.equal(a.id, "story-one");
  assert.equal(a.source, join(dir, "story-one.txt"));
  assert.equal(a.text, STORY);
});

test("every kind of bad input yields exactly one error naming the file and the reason, never a throw", async () => {
  const dir = tempDir();
  const cases: { name: string; content: Buffer | string; code: string }[] = [
    { name: "zero.txt", content: "", code: "E_INPUT_EMPTY" },
    { name: "blank.txt", content: " \n\t\n", code: "E_INPUT_EMPTY" },
    { name: "nul.txt", content: Buffer.from([0x41, 0x00, 0x42, 0x43]), code: "E_INPUT_BINARY" },
    { name: "controls.txt", content: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42]), code: "E_INPUT_BINARY" },
    { name: "latin1.txt", content: Buffer.from("Tiraspol caf\xe9 talks\n", "latin1"), code: "E_INPUT_ENCODING" },
    { name: "notes.docx", content: "not read", code: "E_INPUT_UNSUPPORTED" },
  ];
  for (const c of cases) {
    writeFileSync(join(dir, c.name), c.content);
    const err = errorOf(await collect([join(dir, c.name)]));
    assert.equal(err.code, c.code, c.name);
    assert.ok(err.message.includes(c.name), `the message names ${c.name}: ${err.message}`);
  }
  const missing = errorOf(await collect([join(dir, "nowhere.txt")]));
  assert.equal(missing.code, "E_INPUT_NOT_FOUND");
  assert.match(missing.message, /nowhere\.txt/);
});

test("a file over the limit is rejected from its size alone, fast, without reading it", async () => {
  const dir = tempDir();
  const big = join(dir, "huge.txt");
  writeFileSync(big, "");
  truncateSync(big, 50 * 1024 * 1024); // sparse: costs no disk, would cost 50 MB to read
  const started = performance.now();
  const err = errorOf(await collect([big]));
  assert.equal(err.code, "E_INPUT_TOO_LARGE");
  assert.ok(performance.now() - started < 500, "rejected before reading");
  writeFileSync(join(dir, "small.txt"), STORY);
  assert.equal(errorOf(await collect([join(dir, "small.txt")], { maxBytes: 20 })).code, "E_INPUT_TOO_LARGE");
});

test("folders are walked recursively in sorted order; hidden entries and other extensions are skipped", async () => {
  const dir = tempDir();
  mkdirSync(join(dir, "b-sub", "deeper"), { recursive: true });
  mkdirSync(join(dir, ".hidden"));
  writeFileSync(join(dir, "c.txt"), STORY);
  writeFileSync(join(dir, "a.txt"), STORY);
  writeFileSync(join(dir, "b-sub", "deeper", "d.txt"), STORY);
  writeFileSync(join(dir, "b-sub", "image.png"), "png");
  writeFileSync(join(dir, ".draft.txt"), STORY);
  writeFileSync(join(dir, ".hidden", "e.txt"), STORY);
  writeFileSync(join(dir, "feed.ndjson"), `${JSON.stringify({ text: STORY })}\n`);
  const items = await collect([dir]);
  assert.deepEqual(items.map((i) => (i instanceof InputError ? i.code : i.id)), ["a", "d", "c", "feed-1"]);
  assert.equal(await countInputs([dir]), 4);
});

test("JSON Lines: one article per record, container metadata kept, a broken line is one error and the rest go on", async () => {
  const dir = tempDir();
  const feed = join(dir, "wire.jsonl");
  const lines = [
    JSON.stringify({ text: STORY, url: "https://example.org/1", published: "2021-03-02T10:00:00Z", outlet: "Kabar" }),
    "{broken",
    "",
    JSON.stringify({ id: "kept-id", text: STORY }),
    JSON.stringify({ title: "no text field" }),
    JSON.stringify({ text: 42 }),
    JSON.stringify({ text: "   " }),
    JSON.stringify({ text: STORY.repeat(3) }),
  ];
  writeFileSync(feed, `${lines.join("\n")}\n`);
  const items = await collect([feed], { maxBytes: 200 });
  const summary = items.map((i) => (i instanceof InputError ? `${i.code} ${i.source}` : `${i.id} ${i.source}`));
  assert.deepEqual(summary, [
    `wire-1 ${feed}:1`,
    `E_INPUT_JSONL ${feed}:2`,
    `kept-id ${feed}:4`,
    `E_INPUT_JSONL ${feed}:5`,
    `E_INPUT_JSONL ${feed}:6`,
    `E_INPUT_EMPTY ${feed}:7`,
    `E_INPUT_TOO_LARGE ${feed}:8`,
  ]);
  const first = items[0] as RawArticle;
  assert.equal(first.url, "https://example.org/1");
  assert.equal(first.outlet, "Kabar");
  assert.equal(first.published, "2021-03-02T10:00:00Z");
  assert.equal(await countInputs([feed]), 8);
});

test("JSON Lines: a binary or recordless file is one error for the file", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "bin.jsonl"), Buffer.from([0x7b, 0x00, 0x01, 0x7d, 0x0a]));
  writeFileSync(join(dir, "void.jsonl"), "\n\n");
  assert.equal(errorOf(await collect([join(dir, "bin.jsonl")])).code, "E_INPUT_BINARY");
  assert.equal(errorOf(await collect([join(dir, "void.jsonl")])).code, "E_INPUT_EMPTY");
});
