import { test } from "node:test";
import assert from "node:assert/strict";
import { roleDate } from "./role-dates.ts";
import { ev } from "./test-facts.ts";
import type { KnowledgeArticle } from "./types.ts";

const at = (s: number) => [{ start: s, end: s + 5, sentence: { start: s, end: s + 40 }, rule: "test" }];
const article = (over: Partial<KnowledgeArticle>): KnowledgeArticle => ({ slug: "x", published: null, events: [], people: [], quotes: [], chairmanships: [], ...over });

test("a role is dated by the article's publication date first", () => {
  assert.equal(roleDate(article({ published: "2020-02-02", events: [ev({ start: "2019-01-01", evidence: at(0) })] }), at(0)), "2020-02-02");
});

test("else by the event reported in the same sentence, else by the article's latest held event", () => {
  const events = [ev({ start: "2009-06-14", evidence: at(100) }), ev({ start: "2012-12-19", evidence: at(0) }), ev({ status: "planned", start: "2013-05", evidence: at(200) })];
  assert.equal(roleDate(article({ events }), at(100)), "2009-06-14");
  assert.equal(roleDate(article({ events }), at(300)), "2012-12-19");
  assert.equal(roleDate(article({}), at(0)), null);
});
