import { test } from "node:test";
import assert from "node:assert/strict";
import { paragraphs, splitSentences } from "./sentences.ts";
import { tokenize } from "./tokenize.ts";

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test("splits sentences but not at initials, ranks or abbreviated months", () => {
  const t = "The talks began on Nov. 8 in Minsk. N. Petrenko said it went well. Col.-Gen. Ivan Orlov agreed! Next.";
  assert.deepEqual(texts(t), [
    "The talks began on Nov. 8 in Minsk.",
    "N. Petrenko said it went well.",
    "Col.-Gen. Ivan Orlov agreed!",
    "Next.",
  ]);
});

test("a closing quote stays with its sentence", () => {
  const t = "“We agreed on everything.” The minister left.";
  assert.deepEqual(texts(t), ["“We agreed on everything.”", "The minister left."]);
});

test("each line is a paragraph, unless the text is hard-wrapped", () => {
  assert.equal(paragraphs("Headline\nFirst line of the body.\n\nSecond.").length, 3);
  const line = "word ".repeat(13).trim();
  const wrapped = Array.from({ length: 8 }, () => line).join("\n") + "\n\n" + line;
  const ps = paragraphs(wrapped);
  assert.equal(ps.length, 2);
  assert.equal(splitSentences(wrapped)[0]!.paragraph, 0);
});

test("tokens keep offsets and whitespace so the text rebuilds", () => {
  const t = "Kazakh President Kassym-Jomart Tokayev's U.S. visit,  on 2 May.";
  const toks = tokenize(t);
  assert.equal(toks.map((x) => x.text + x.ws).join(""), t);
  assert.ok(toks.some((x) => x.text === "Kassym-Jomart"));
  assert.ok(toks.some((x) => x.text === "U.S."));
  assert.equal(toks.at(-1)!.text, ".");
});
