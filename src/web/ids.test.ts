import { test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleRow } from "../store/types.ts";
import { ArticleIndex, entityId, holds, parseAddress, slugify } from "./ids.ts";

const art = (id: number, slug: string, hash: string) => ({ id, slug, hash: hash.padEnd(64, "0") }) as ArticleRow;
const idx = new ArticleIndex([art(1, "zeta", "00aa"), art(2, "alpha", "ff01"), art(3, "beta", "00aa1")]);

test("the anchor is the smallest fact by content hash then position: neither slug nor store id matters", () => {
  const refs = [{ article: "alpha", articleId: 2, index: 0 }, { article: "zeta", articleId: 1, index: 3 }, { article: "zeta", articleId: 1, index: 1 }];
  assert.equal(idx.anchor(refs), "00aa00000000-1");
  assert.equal(idx.anchor([...refs].reverse()), "00aa00000000-1");
  assert.equal(idx.token({ article: "beta", index: 10 }), "00aa10000000-10", "found by slug when no id is given");
  assert.equal(idx.anchor([{ article: "zeta", index: 10 }, { article: "zeta", index: 9 }]), "00aa00000000-9", "positions compare as numbers");
});

test("addresses: a readable prefix and the anchor; any address naming a held fact resolves", () => {
  assert.equal(slugify("Kassym-Jomart Tokayev"), "kassym-jomart-tokayev");
  assert.equal(slugify("Šanghaj — ČSTO 2018"), "sanghaj-csto-2018");
  assert.equal(entityId("2018-05-24 CSTO", "00aa00000000-1"), "2018-05-24-csto-00aa00000000-1");
  assert.deepEqual(parseAddress("whatever-prefix-00aa00000000-1"), { token: "00aa00000000-1" });
  assert.deepEqual(parseAddress("seed-004#6"), { slug: "seed-004", index: 6 });
  assert.equal(parseAddress("no-address"), null);
  const refs = [{ article: "zeta", articleId: 1, index: 3 }];
  assert.equal(holds(idx, refs, { token: "00aa00000000-3" }), true);
  assert.equal(holds(idx, refs, { token: "00aa00000000-4" }), false);
  assert.equal(holds(idx, refs, { slug: "zeta", index: 3 }), true);
});
