import { test } from "node:test";
import assert from "node:assert/strict";
import * as chrono from "chrono-node";
import { caseless, caselessSource } from "./caseless.ts";

test("letters become the class of their two cases; escapes, letter-free classes and lookbehinds are kept", () => {
  assert.equal(caselessSource(String.raw`ab\d[0-9]\s{0,3}`), String.raw`[aA][bB]\d[0-9]\s{0,3}`);
  assert.equal(caselessSource(String.raw`(?<=x)y(?<!\w)z`), String.raw`(?<=[xX])[yY](?<![\w])[zZ]`.replace("[\\w]", "\\w"));
  assert.equal(caselessSource(String.raw`[^\s,]+`), String.raw`[^\s,]+`);
});

test("what it cannot rewrite is left alone: letters in a class, Unicode escapes, named groups", () => {
  assert.equal(caselessSource("[a-z]+"), null);
  assert.equal(caselessSource(String.raw`\p{L}`), null);
  assert.equal(caselessSource("(?<year>x)"), null);
  const re = /[a-z]+/i;
  assert.equal(caseless(re), re);
  const unicode = /ab/iu;
  assert.equal(caseless(unicode), unicode);
});

// A deterministic generator of phrases in mixed case, with the words chrono's duration patterns look for.
function* phrases(n: number): Generator<string> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const words = ["three", "a", "few", "Days", "AGO", "later", "Before", "earlier", "2", "weeks", "and", "hours", "after", "the",
    "Minister", "said", "about", "half", "an", "hour", "MONTHS", "out", "from now", ",", "couple of", "yrs", "mins", "twelve", "Ä", "ſ", "K"];
  for (let i = 0; i < n; i++) {
    const len = 2 + Math.floor(next() * 8);
    const parts = Array.from({ length: len }, () => {
      const w = words[Math.floor(next() * words.length)]!;
      return [...w].map((c) => (next() < 0.3 ? c.toUpperCase() : next() < 0.3 ? c.toLowerCase() : c)).join("");
    });
    yield parts.join(next() < 0.8 ? " " : "  ");
  }
}

test("chrono's duration patterns match exactly the same spans, groups included, once rewritten", () => {
  const context = new chrono.ParsingContext("", new Date(Date.UTC(2020, 0, 1)));
  const parsers = chrono.casual.parsers.filter((p) => /TimeUnit(?:Ago|Later|Within)FormatParser$/.test(p.constructor.name));
  assert.equal(parsers.length, 3);
  let matched = 0;
  for (const p of parsers) {
    const original = p.pattern(context);
    const rewritten = caseless(original);
    assert.notEqual(rewritten, original, `${p.constructor.name} is rewritten`);
    assert.ok(!rewritten.flags.includes("i"));
    for (const s of phrases(3000)) {
      const a = original.exec(s);
      const b = rewritten.exec(s);
      assert.deepEqual(b && [b.index, ...b], a && [a.index, ...a], s);
      if (a) matched++;
    }
  }
  assert.ok(matched > 150, `the generated phrases exercise the patterns (${matched} matches)`);
});
