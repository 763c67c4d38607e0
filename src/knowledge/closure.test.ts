import { test } from "node:test";
import assert from "node:assert/strict";
import { blockClosure } from "./closure.ts";

test("the closure follows shared blocking keys transitively and stops", async () => {
  const all = [{ id: "a", keys: ["x"] }, { id: "b", keys: ["x", "y"] }, { id: "c", keys: ["y"] }, { id: "d", keys: ["z"] }];
  let lookups = 0;
  const out = await blockClosure({
    seed: [all[0]!], id: (m) => m.id, blockKeys: (m) => m.keys,
    lookup: async (blocks) => { lookups++; return all.filter((m) => m.keys.some((k) => blocks.includes(k))); },
  });
  assert.deepEqual(out.map((m) => m.id).sort(), ["a", "b", "c"]);
  assert.ok(lookups <= 3);
});
