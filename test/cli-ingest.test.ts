// The real `communique` command on the bundled examples and on a batch of bad inputs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, EXAMPLES, tempDir } from "./helpers.ts";
import { openStore } from "../src/store/open.ts";

test("ingest stores the examples once; a re-run adds nothing", () => {
  const db = join(tempDir(), "c.db");
  const first = cli(["ingest", EXAMPLES, "--db", db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /ingested 5 new, 0 already stored, 0 failed/);
  const again = cli(["ingest", EXAMPLES, "--db", db]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /ingested 0 new, 5 already stored, 0 failed/);
});

test("a batch with bad files: one clear error per bad input, the rest stored, exit code 1", async () => {
  const dir = tempDir();
  copyFileSync(join(EXAMPLES, "seed-001.txt"), join(dir, "good.txt"));
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x10, 0x00]));
  writeFileSync(join(dir, "empty.txt"), "  \n");
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Minsk hosted the caf\xe9 summit on Monday.\n", "latin1"));
  writeFileSync(join(dir, "big.txt"), "");
  truncateSync(join(dir, "big.txt"), 50 * 1024 * 1024);
  const seed = (id: string) => readFileSync(join(EXAMPLES, `${id}.txt`), "utf8");
  mkdirSync(join(dir, "feeds"));
  writeFileSync(
    join(dir, "feeds", "feed.jsonl"),
    [JSON.stringify({ text: seed("seed-002"), url: "https://example.org/a" }), "{not json", JSON.stringify({ text: seed("seed-003") })].join("\n") + "\n",
  );
  const db = join(tempDir(), "c.db");
  const r = cli(["ingest", dir, "--db", db]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /ingested 3 new, 0 already stored, 5 failed/);
  for (const [file, code] of [["binary.txt", "E_INPUT_BINARY"], ["empty.txt", "E_INPUT_EMPTY"], ["latin1.txt", "E_INPUT_ENCODING"], ["big.txt", "E_INPUT_TOO_LARGE"], ["feed.jsonl:2", "E_INPUT_JSONL"]]) {
    const line = r.stderr.split("\n").find((l) => l.includes(file!));
    assert.ok(line, `no error line names ${file}: ${r.stderr}`);
    assert.ok(line.includes(code!), `${file}: expected ${code} in "${line}"`);
  }
  const store = await openStore(db);
  try {
    assert.equal((await store.articles.counts()).articles, 3);
    const urls = (await store.articles.listArticles()).items.map((a) => a.url);
    assert.ok(urls.includes("https://example.org/a"), "the JSON Lines url is kept");
  } finally {
    await store.close();
  }
});

test("extract prints SCHEMA.md JSON for one file and writes one file per article with --out", () => {
  const one = cli(["extract", join(EXAMPLES, "seed-004.txt")]);
  assert.equal(one.code, 0, one.stderr);
  const facts = JSON.parse(one.stdout);
  assert.equal(facts.id, "seed-004");
  assert.ok(facts.events.some((e: { documents_signed: number | null }) => e.documents_signed === 11));
  const out = tempDir();
  const all = cli(["extract", EXAMPLES, "--out", out, "--no-evidence"]);
  assert.equal(all.code, 0, all.stderr);
  const seed1 = JSON.parse(readFileSync(join(out, "seed-001.json"), "utf8"));
  assert.equal(seed1.id, "seed-001");
  assert.equal(JSON.stringify(seed1).includes('"evidence"'), false);
});

test("a missing path is an error naming it, not a crash", () => {
  const r = cli(["ingest", "/no/such/place.txt", "--db", join(tempDir(), "c.db")]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\/no\/such\/place\.txt.*E_INPUT_NOT_FOUND/);
});
