import { test } from "node:test";
import assert from "node:assert/strict";
import { headlineOf } from "./components.ts";

const a = (text: string, title: string | null = null) => ({ text, title, slug: "c-09" });

test("an article is named by its headline, else a headline-like first line, else its opening words — never its file name", () => {
  assert.equal(headlineOf(a("Body.", "Stored headline")), "Stored headline");
  assert.equal(headlineOf(a("CSTO leaders meet in Astana\n\nAstana, May 1, 2018\n\nText.")), "CSTO leaders meet in Astana");
  assert.equal(headlineOf(a("+ ↺ − 16 px\nTajikistan becomes CSTO chairman\nText follows here.")), "Tajikistan becomes CSTO chairman");
  const lead = headlineOf(a("DUSHANBE, October 10, 2011, Asia-Plus — Leaders of member nations of the Collective Security Treaty Organization (CSTO) will gather in Moscow."));
  assert.ok(lead.startsWith("DUSHANBE, October 10, 2011") && lead.endsWith("…") && lead.length <= 80, lead);
  assert.equal(headlineOf(a("")), "c-09");
});

test("an evidence row of one value names its slot and value beside the rule and the sentence", async () => {
  const { evidenceList } = await import("./components.ts");
  const { ArticleIndex } = await import("./ids.ts");
  const row = { articleId: 1, articleSlug: "x-1", start: 10, end: 28, sentenceStart: 0, sentenceEnd: 40, sentence: "The meeting was chaired by <b>N. Y.</b>", rule: "chair:chaired-by", slot: "chair", value: "Nurlan Yermekbayev" };
  const out = String(evidenceList([row], new ArticleIndex([])));
  assert.match(out, /<span class="slot">chair: Nurlan Yermekbayev<\/span> — /);
  assert.match(out, /<span class="rule">chair:chaired-by<\/span>/);
  assert.match(out, /&lt;b&gt;N\. Y\.&lt;\/b&gt;/, "the sentence stays text");
  assert.doesNotMatch(String(evidenceList([{ ...row, slot: undefined, value: undefined } as never], new ArticleIndex([]))), /class="slot"/);
});
