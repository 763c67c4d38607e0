import { test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleRow } from "../../store/types.ts";
import { articlePage, safeUrl } from "./article.ts";

test("only http(s) URLs become links", () => {
  assert.equal(safeUrl("https://example.org/a?b=1"), "https://example.org/a?b=1");
  assert.equal(safeUrl("HTTP://example.org"), "http://example.org/");
  for (const bad of ["javascript:alert(1)", " javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "//evil.example", "not a url", null]) {
    assert.equal(safeUrl(bad), null, String(bad));
  }
});

test("an article with a javascript: URL shows it as text, never as a link", () => {
  const a: ArticleRow = {
    id: 1, hash: "ab".repeat(32), slug: "x", source: "x.txt", url: "javascript:alert(1)", title: "Headline", published: "2020-01-01",
    outlet: "Outlet", dateline: null, text: "Some text.", ingestedAt: "2020-01-01T00:00:00Z",
  };
  const page = articlePage(a, null, [], { events: new Map(), personIdByName: () => undefined });
  assert.ok(!/href="javascript:/i.test(page));
  assert.ok(!/href="#"/.test(page), "no dead link either");
  assert.match(page, /<span class="mono">javascript:alert\(1\)<\/span>/);
  assert.match(page, /<link rel="canonical" href="\/articles\/abababababab">/);
});
