import { test } from "node:test";
import assert from "node:assert/strict";
import { prepareArticle } from "./prepare.ts";
import { boilerplateReason } from "./boilerplate.ts";

const page = [
  "Jump to main content",
  "",
  "Thursday, March 4th, 2027",
  "World",
  "Security",
  "Border guards of the alliance rehearse a joint patrol",
  "",
  "BISHKEK, 2 March (Kabar) - Border guards from four member states began a joint patrol exercise on Tuesday.",
  "A column of armoured vehicles crosses the range near the lake.",
  "The commanders said the patrol would last a week.",
  "A column of armoured vehicles crosses the range near the lake.",
  "Tags: border, drills, alliance",
  "Share",
  "Facebook | Telegram | WhatsApp",
  "We use cookies to give you the best experience on our site.",
  "Get The Steppe Courier stories sent directly to you! Sign up now.",
  "Comments (3)",
].join("\n");

test("cleaning keeps the exact length and every offset; blanked lines become spaces, newlines stay", () => {
  const a = prepareArticle({ id: "t", source: "t", text: page });
  assert.equal(a.text.length, a.original.length);
  assert.equal(a.text.split("\n").length, a.original.split("\n").length);
  for (let i = 0; i < a.text.length; i++) {
    if (a.text[i] !== a.original[i]) assert.equal(a.text[i], " ", `only spaces replace text (at ${i})`);
  }
  for (const r of a.removed) assert.equal(a.text.slice(r.start, r.end).trim(), "");
  const at = a.original.indexOf("Border guards from");
  assert.equal(a.text.slice(at, at + 13), "Border guards");
});

test("boilerplate lines are removed with a reason; the story and the first copy of a caption stay", () => {
  const a = prepareArticle({ id: "t", source: "t", text: page });
  const reasons = Object.fromEntries(a.removed.map((r) => [a.original.slice(r.start, r.end), r.reason]));
  assert.equal(reasons["Jump to main content"], "navigation");
  assert.equal(reasons["Thursday, March 4th, 2027"], "today banner");
  assert.equal(reasons["World"], "navigation");
  assert.equal(reasons["Tags: border, drills, alliance"], "tags");
  assert.equal(reasons["Share"], "share");
  assert.equal(reasons["Facebook | Telegram | WhatsApp"], "share");
  assert.equal(reasons["We use cookies to give you the best experience on our site."], "cookie notice");
  assert.equal(reasons["Comments (3)"], "comments");
  assert.match(reasons["Get The Steppe Courier stories sent directly to you! Sign up now."] ?? "", /call to action/);
  const caption = "A column of armoured vehicles crosses the range near the lake.";
  assert.equal(a.text.split(caption).length - 1, 1, "the repeated caption is kept once");
  assert.ok(a.text.indexOf(caption) < a.text.indexOf("The commanders said"), "the first copy is the one kept");
  assert.ok(a.text.includes("Border guards of the alliance rehearse a joint patrol"));
});

test("sentences that merely start like furniture are content", () => {
  for (const s of [
    "Share of trade within the union grew by a tenth, the minister said.",
    "Follow-up consultations are planned for the autumn.",
    "Search and rescue teams from three states joined the drill.",
    "Print media were invited to the closing ceremony.",
  ]) assert.equal(boilerplateReason(s), null, s);
  for (const s of ["Skip to content", "Read also: Ministers meet in Dushanbe", "Print this article", "© 2030 Steppe Courier. All rights reserved.", "Subscribe to our channel"]) {
    assert.notEqual(boilerplateReason(s), null, s);
  }
});

test("a numeric date line is not decoration, and 'Recommended' opening a sentence is content", () => {
  assert.equal(boilerplateReason("14.06.2027 10:15"), null);
  assert.equal(boilerplateReason("• • •"), "decoration");
  assert.equal(boilerplateReason("Recommended measures were adopted by the council."), null);
  assert.equal(boilerplateReason("Related news:"), "read more");
  assert.equal(boilerplateReason("Home / News / Security"), "navigation");
});
