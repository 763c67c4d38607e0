import { test } from "node:test";
import assert from "node:assert/strict";
import { matchesOf } from "./match-all.ts";

const same = (re: RegExp, text: string) =>
  assert.deepEqual(matchesOf(re, text).map((m) => [m.index, ...m]), [...text.matchAll(re)].map((m) => [m.index, ...m]));

test("the same matches as matchAll, groups and positions included", () => {
  same(/(\p{Lu})\p{Ll}+/gu, "Alma and Bishkek, then Dushanbe");
  same(/\b(?:summit|meeting)s?\b/gi, "Summits, a meeting, no meetings-room");
  same(/x*/g, "axxbx");
  same(/(?:)/gu, "a😀b");
  same(/q/g, "none here");
});

test("the pattern is left reusable, even inside a loop over its own matches", () => {
  const re = /\d+/g;
  const outer = matchesOf(re, "1 22 333");
  const inner = outer.map((m) => matchesOf(re, m[0]).length);
  assert.deepEqual(inner, [1, 1, 1]);
  assert.equal(re.lastIndex, 0);
});

test("a pattern without the global flag is refused, as matchAll refuses it", () => {
  assert.throws(() => matchesOf(/a/, "a"), TypeError);
});
