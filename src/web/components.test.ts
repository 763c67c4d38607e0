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
