import { test } from "node:test";
import assert from "node:assert/strict";
import { extractHtml } from "./extract.ts";
import { newsPage, STORY } from "../web-fixtures.ts";
import { scorePage, summarize } from "./score.ts";

test("a news page: the story's paragraphs, without navigation, share bar, caption, related links or footer", () => {
  const page = extractHtml(newsPage());
  for (const p of STORY) assert.ok(page.text.includes(p), p);
  for (const junk of ["Home", "Facebook", "Photo: press service", "Related news", "Border guards rehearse", "All rights reserved", "By Aigerim"]) {
    assert.ok(!page.text.includes(junk), `"${junk}" leaked into: ${page.text}`);
  }
  assert.equal(page.method, "readability");
  assert.match(page.text, /year\.\n\nThe ministers/, "one paragraph per block, a blank line between");
});

test("metadata: JSON-LD NewsArticle first, then Open Graph and article:* meta, then markup", () => {
  const ld = extractHtml(newsPage({ title: "Drills calendar agreed" }), { url: "https://mirror.example/x" });
  assert.equal(ld.title, "Drills calendar agreed");
  assert.equal(ld.outlet, "Steppe Courier", "the publisher's name is the outlet");
  assert.equal(ld.author, "Aigerim Sultanova", "the byline is the author");
  assert.equal(ld.published, "2027-03-02T09:30:00Z");
  assert.equal(ld.url, "https://courier.example/news/drills-calendar", "the canonical URL wins over where it was fetched");
  assert.equal(ld.language, "en");
  const og = extractHtml(newsPage({ title: "Drills calendar agreed", jsonLd: false }));
  assert.equal(og.title, "Drills calendar agreed (OG)");
  assert.equal(og.outlet, "Steppe Courier OG");
  assert.equal(og.published, "2027-03-01T08:00:00Z");
  const bare = extractHtml(`<html><body><h1>Plain headline</h1><time datetime="2027-05-05">5 May</time><p>${STORY.join("</p><p>")}</p></body></html>`);
  assert.equal(bare.title, "Plain headline");
  assert.equal(bare.published, "2027-05-05");
  assert.equal(bare.outlet, null);
});

test("fallbacks: a short page and a page of list items still give their text", () => {
  const short = extractHtml(`<html><body><div><p>${STORY[0]}</p><p>${STORY[1]}</p></div></body></html>`);
  assert.ok(short.text.includes(STORY[0]!) && short.text.includes(STORY[1]!), short.text);
  const list = extractHtml(`<html><body><ul>${STORY.map((s) => `<li>${s}</li>`).join("")}</ul></body></html>`);
  for (const s of STORY) assert.ok(list.text.includes(s), `${s} in ${list.method}: ${list.text}`);
});

test("a table of figures is kept whole, cells as words of their row", () => {
  const rows = Array.from({ length: 8 }, (_, i) => `<tr><td>${i + 1}</td><td>Team ${String.fromCharCode(65 + i)}</td><td>${100 - i}</td></tr>`).join("");
  const page = extractHtml(`<html><body><article><p>${STORY.join(" ")}</p><table>${rows}</table><p>${STORY[0]}</p></article></body></html>`);
  assert.match(page.text, /1 Team A 100/);
  assert.match(page.text, /8 Team H 93/);
});

test("the benchmark score: shingles of four words, each page weighing the same", () => {
  const gold = "one two three four five six";
  assert.deepEqual(scorePage(gold, gold), { tp: 1, fp: 0, fn: 0 });
  const half = scorePage("one two three four", gold);
  assert.ok(half.fn > 0 && half.fp === 0);
  const s = summarize([scorePage(gold, gold), scorePage("seven eight nine ten", gold)]);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.5);
});
