import assert from "node:assert/strict";
import type { StoreTest } from "../store-suite.ts";
import { bishkek, minsk } from "./fixtures.ts";

export function searchTests(withStore: StoreTest): void {
  withStore("searches article texts with snippets marking the matches", async (s) => {
    const { articleId } = await s.articles.saveArticle(minsk("m1"));
    await s.articles.saveArticle(bishkek("b1"));
    const page = await s.articles.search("chairmanship ARMENIA");
    assert.equal(page.total, 1);
    const [hit] = page.items;
    assert.deepEqual({ ...hit!, snippet: "" }, { kind: "article", articleId, id: articleId, title: "Council meets in Minsk", snippet: "" });
    assert.match(hit!.snippet, /\[\[chairmanship\]\]/);
    assert.match(hit!.snippet, /\[\[Armenia\]\]/);
    assert.equal((await s.articles.search("chairmanship Bishkek")).total, 0, "every word must match");
  });

  withStore("searches quotes too, pointing at the quote and its article", async (s) => {
    await s.articles.saveArticle(bishkek("b1"));
    const { articleId } = await s.articles.saveArticle(minsk("m1"));
    const [quote] = await s.articles.quotes({ articleId });
    const page = await s.articles.search("stand together");
    const hit = page.items.find((h) => h.kind === "quote");
    assert.ok(hit, "a quote hit");
    assert.equal(hit.id, quote!.id);
    assert.equal(hit.articleId, articleId);
    assert.match(hit.snippet, /\[\[stand\]\] \[\[together\]\]/);
    assert.equal(page.total, 2, "the article text holds the quote as well");
  });

  withStore("pages search results", async (s) => {
    for (const h of ["a", "b", "c"]) await s.articles.saveArticle(minsk(h));
    const first = await s.articles.search("Yerevan", { limit: 2 });
    const rest = await s.articles.search("Yerevan", { limit: 2, offset: 2 });
    assert.deepEqual([first.total, first.items.length, rest.items.length, rest.offset], [3, 2, 1, 2]);
    const ids = [...first.items, ...rest.items].map((h) => h.articleId);
    assert.equal(new Set(ids).size, 3);
  });

  withStore("any typed search is safe: no syntax errors, no injection", async (s) => {
    await s.articles.saveArticle(minsk("m1"));
    for (const q of ['"unbalanced', "AND OR NOT", "*", "col:umn", "NEAR(a b)", "'; DROP TABLE articles; --", "a & b | !c", "<->", "", "   "]) {
      const page = await s.articles.search(q);
      assert.ok(Array.isArray(page.items), q);
    }
    assert.equal((await s.articles.search("***")).total, 0);
    assert.equal((await s.articles.search("'; DROP TABLE articles; --")).total, 0, "only words are searched: 'drop' and 'table' are not in the text");
    assert.equal((await s.articles.counts()).articles, 1);
  });
}
