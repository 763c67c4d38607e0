import { test } from "node:test";
import assert from "node:assert/strict";
import { factTopics } from "./fact-topics.ts";
import { ev } from "./test-facts.ts";
import type { KnowledgeArticle } from "./types.ts";

const TEXT = "The council met in Minsk on Friday. Earlier, in 2009, a summit dealt with peacekeeping. The leaders agreed to fight terrorism.";
const span = (s: number, e: number) => [{ start: s, end: s + 5, sentence: { start: s, end: e }, rule: "test" }];

test("the main event takes the article's topics; a past event only those of its own sentence; quotes their words", () => {
  const article: KnowledgeArticle = {
    slug: "t", published: null, text: TEXT, people: [], chairmanships: [],
    events: [ev({ start: "2010-06-11", evidence: span(0, 35) }), ev({ start: "2009", evidence: span(36, 87) })],
    quotes: [{ speaker: "A. B", text: "fight terrorism", evidence: [{ start: 110, end: 125, sentence: { start: 88, end: 126 }, rule: "test" }] }],
  };
  const tags = factTopics(article).map((t) => `${t.kind}${t.index}:${t.hits.map((h) => h.topic).join(",")}`);
  assert.deepEqual(tags, ["event0:peacekeeping,terrorism", "event1:peacekeeping", "quote0:terrorism"]);
});
