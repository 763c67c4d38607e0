import { test } from "node:test";
import assert from "node:assert/strict";
import { bandKeys, isNearDuplicate, overlap, shingles, signature, BANDS } from "./minhash.ts";
import { findOriginal } from "./find-original.ts";
import { STORY, STORIES } from "../ingest/web-fixtures.ts";

const wire = STORY.join("\n\n");
const copy = `Steppe Courier | World | Security\n\nMinisters agree drills\n\n${wire}\n\nFollow us on Telegram. © 2027 Caspian Wire.`;
const other = STORIES[1]!.join("\n\n");
// Another outlet's own report of the same meeting: same facts, its own words.
const ownReport = [
  "The alliance's defence chiefs gathered in the Kyrgyz capital on Tuesday and settled next year's programme of joint exercises.",
  "An autumn air defence drill was approved, and the southern frontier was discussed at length by the delegations.",
  "Dushanbe will host the council's next session in November, according to a statement released after the meeting.",
].join(" ");

test("a syndicated copy under another header and footer is a near duplicate; an independent report is not", () => {
  assert.ok(isNearDuplicate(shingles(wire), shingles(copy)));
  assert.ok(!isNearDuplicate(shingles(wire), shingles(ownReport)));
  assert.ok(!isNearDuplicate(shingles(wire), shingles(other)));
  const o = overlap(shingles(wire), shingles(copy));
  assert.equal(o.containment, 1);
  assert.ok(o.jaccard > 0.6 && o.jaccard < 1);
});

test("signatures estimate similarity; LSH bands are shared by near duplicates, not by unrelated texts", () => {
  const a = signature(shingles(wire));
  const b = signature(shingles(copy));
  const c = signature(shingles(other));
  const agree = (x: Uint32Array, y: Uint32Array) => x.filter((v, i) => v === y[i]).length / x.length;
  assert.ok(agree(a, b) > 0.5, `copy agreement ${agree(a, b)}`);
  assert.ok(agree(a, c) < 0.1, `unrelated agreement ${agree(a, c)}`);
  const [ka, kb, kc] = [bandKeys(a), bandKeys(b), bandKeys(c)];
  assert.equal(ka.length, BANDS);
  assert.ok(ka.some((k) => kb.includes(k)));
  assert.ok(!ka.some((k) => kc.includes(k)));
  assert.deepEqual(bandKeys(signature(shingles(wire))), ka, "deterministic");
});

test("findOriginal asks only for the band candidates and links a copy to the root of its cluster", async () => {
  const stored = [
    { id: 1, text: wire, duplicateOf: null },
    { id: 7, text: copy, duplicateOf: 1 },
    { id: 9, text: other, duplicateOf: null },
  ];
  const index = new Map(stored.map((s) => [s.id, bandKeys(signature(shingles(s.text)))]));
  const asked: string[][] = [];
  const lookup = async (bands: string[]) => {
    asked.push(bands);
    return stored.filter((s) => index.get(s.id)!.some((k) => bands.includes(k))).reverse();
  };
  const again = `${copy}\nRead more on our site.`;
  const r = await findOriginal(again, lookup);
  assert.equal(r.duplicateOf, 1, "the copy of a copy points to the original");
  assert.equal(asked.length, 1);
  assert.equal((await findOriginal(ownReport, lookup)).duplicateOf, null);
});
