import { test } from "node:test";
import assert from "node:assert/strict";
import { buildOffices, officeTitle } from "./offices.ts";
import { buildIdentities, personInputs } from "./person-identities.ts";
import { ev, person } from "./test-facts.ts";
import type { KnowledgeArticle } from "./types.ts";

const article = (slug: string, over: Partial<KnowledgeArticle>): KnowledgeArticle => ({
  slug, published: null, events: [], people: [], quotes: [], chairmanships: [], ...over,
});
const SG = { title: "Secretary-General", of: "Collective Security Treaty Organization" };

test("acting and former modifiers", () => {
  assert.deepEqual(officeTitle("Acting Prime Minister"), { title: "Prime Minister", acting: true, former: false });
  assert.equal(officeTitle("Former President").former, true);
  assert.equal(officeTitle("Minister of Defence").title, "Defence Minister");
});

test("holders of an office in order of their dated evidence", () => {
  const articles = [
    article("late", { events: [ev({ bodies: ["CSC"], start: "2021-09-16" })], people: [person("Anna Beta", [SG])] }),
    article("early", { published: "2012-03-01", people: [person("Ivan Alpha", [{ title: "Secretary General", of: "CSTO" }])] }),
    article("mid", { published: "2014-07-05", people: [person("I. Alpha", [SG]), person("Pavel Gamma", [{ title: "Former Secretary General", of: "CSTO" }])] }),
  ];
  const offices = buildOffices(articles, buildIdentities(personInputs(articles)));
  const sg = offices.find((o) => o.title === "Secretary General" && o.of === "CSTO")!;
  assert.deepEqual(sg.holders.map((h) => [h.person, h.from, h.to, h.until]), [
    ["Ivan Alpha", "2012-03-01", "2014-07-05", "2021-09-16"],
    ["Anna Beta", "2021-09-16", "2021-09-16", null],
  ]);
});
