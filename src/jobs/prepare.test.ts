import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { textBands } from "../dedup/find-original.ts";
import { shingles } from "../dedup/minhash.ts";
import { mergeKeys } from "../knowledge/engine/merge-keys.ts";
import { processArticle } from "../pipeline.ts";
import { prepareSave } from "./prepare.ts";

test("the work prepared in the extraction thread equals what the writer would compute, after the trip between threads", () => {
  const text = readFileSync(new URL("../../examples/seed-000.txt", import.meta.url), "utf8");
  const plain = processArticle({ id: "seed-000", source: "test", text }).save;
  const sent = structuredClone(prepareSave(processArticle({ id: "seed-000", source: "test", text }).save));
  assert.deepEqual(sent.article.bands, textBands(plain.article.text));
  assert.deepEqual(new Set(sent.prepared!.shingles), shingles(plain.article.text));
  assert.equal(sent.prepared!.factsJson, JSON.stringify(plain.facts));
  assert.deepEqual(sent.prepared!.keys, mergeKeys(plain.facts, plain.article.text));
  assert.ok(sent.prepared!.keys!.people.length > 0, "the example has people to sign");
});
