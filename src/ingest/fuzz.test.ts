// Random and mutated inputs to every reader: no throw, no hang, bounded memory; each item an article or a coded error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { InputError } from "../errors.ts";
import { readInputs } from "./index.ts";
import { atomFeed, newsPage, rssFeed, STORIES, warc, warcGz } from "./web-fixtures.ts";

const item = (i: number) => ({ title: `Story ${i}`, body: STORIES[i % 3]!.join("</p><p>"), link: `https://x.example/${i}`, date: "2027-03-03" });
const pages = STORIES.map((s, i) => ({ uri: `https://w.example/${i}`, html: `<html><body><article><p>${s.join("</p><p>")}</p></article></body></html>` }));
const SEEDS: Record<string, Buffer> = {
  "a.txt": Buffer.from(STORIES[0]!.join("\n")),
  "a.html": Buffer.from(newsPage()),
  "a.jsonl": Buffer.from(`${JSON.stringify({ text: STORIES[0]!.join(" ") })}\n${JSON.stringify({ maintext: STORIES[1]!.join(" "), title: "t" })}\n`),
  "a.rss": Buffer.from(rssFeed([item(0), item(1)])),
  "a.atom": Buffer.from(atomFeed([item(2)])),
  "a.warc": warc(pages),
  "a.warc.gz": warcGz(pages),
  "a.txt.gz": gzipSync(STORIES[2]!.join("\n")),
};

/** A mutation of a valid input: flipped, inserted and deleted bytes, and a truncation. */
const mutated = (seed: Buffer) =>
  fc.record({
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
    inserts: fc.array(fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 64 })), { maxLength: 5 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
  }).map(({ flips, inserts, cut }) => {
    let b = Buffer.from(seed);
    for (const [at, v] of flips) if (b.length) b[at % b.length] = v;
    for (const [at, bytes] of inserts) {
      const i = b.length ? at % b.length : 0;
      b = Buffer.concat([b.subarray(0, i), Buffer.from(bytes), b.subarray(i)]);
    }
    return cut === undefined || !b.length ? b : b.subarray(0, cut % b.length);
  });

const inputs = (seed: Buffer) => fc.oneof(mutated(seed), fc.uint8Array({ maxLength: 4096 }).map((u) => Buffer.from(u)), fc.string({ maxLength: 2000 }).map((s) => Buffer.from(s)));

for (const [name, seed] of Object.entries(SEEDS)) {
  test(`fuzz: ${name} reader never throws or hangs on random and mutated input`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "communique-fuzz-"));
    const path = join(dir, name);
    const rss = process.memoryUsage().rss;
    try {
      await fc.assert(
        fc.asyncProperty(inputs(seed), async (bytes) => {
          writeFileSync(path, bytes);
          const started = performance.now();
          for await (const x of readInputs([path], { maxBytes: 1024 * 1024 })) {
            if (x instanceof InputError) {
              assert.match(x.code, /^E_INPUT_/);
              assert.ok(x.message.includes(path), x.message);
            } else {
              assert.equal(typeof x.text, "string");
              assert.ok(x.text.trim().length > 0);
            }
          }
          assert.ok(performance.now() - started < 5000, "each input read in bounded time");
        }),
        { numRuns: 100, interruptAfterTimeLimit: 60_000 },
      );
      assert.ok(process.memoryUsage().rss - rss < 400 * 1024 * 1024, "bounded memory");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
