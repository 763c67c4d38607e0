import assert from "node:assert/strict";
import { gzipSync, gunzipSync } from "node:zlib";
import type { StoreTest } from "../store-suite.ts";
import { bishkek, minsk } from "./fixtures.ts";

export function copyTests(withStore: StoreTest): void {
  withStore("near duplicates: a copy links to its original, bands find candidates, the page is kept compressed", async (s) => {
    const page = "<html><body><p>Ministers met in Minsk.</p></body></html>";
    const orig = minsk("orig");
    orig.article.bands = ["0:aa", "1:bb"];
    orig.article.htmlGz = gzipSync(page);
    const a = await s.articles.saveArticle(orig);
    const other = bishkek("other");
    other.article.bands = ["0:zz"];
    await s.articles.saveArticle(other);
    const found = await s.articles.copyCandidates(["1:bb", "9:qq"]);
    assert.deepEqual(found.map((r) => r.id), [a.articleId]);
    assert.deepEqual(await s.articles.copyCandidates([]), []);
    const copy = minsk("copy", { slug: "copy" });
    copy.article.duplicateOf = a.articleId;
    copy.article.bands = ["1:bb"];
    const c = await s.articles.saveArticle(copy);
    assert.equal((await s.articles.getArticle(c.articleId))!.duplicateOf, a.articleId);
    assert.equal((await s.articles.getArticle(a.articleId))!.duplicateOf, null);
    assert.deepEqual((await s.articles.copyCandidates(["1:bb"])).map((r) => r.id), [a.articleId, c.articleId], "originals first");
    assert.deepEqual((await s.articles.duplicateArticles()).map((r) => r.id), [a.articleId, c.articleId]);
    assert.equal(gunzipSync((await s.articles.articleHtml(a.articleId))!).toString(), page);
    assert.equal(await s.articles.articleHtml(c.articleId), null);
  });

  withStore("near duplicates: candidates come with their stored shingles, or their text when none were stored", async (s) => {
    const withShingles = minsk("with");
    withShingles.article.bands = ["3:cc"];
    // Values above 2^31 and 0: the stored bytes must give back unsigned 32-bit integers exactly.
    withShingles.prepared = { shingles: Uint32Array.from([0, 7, 2 ** 31 + 5, 2 ** 32 - 1]) };
    const a = await s.articles.saveArticle(withShingles);
    const without = minsk("without", { slug: "without", text: "Ministers met again in Minsk on Friday." });
    without.article.bands = ["3:cc"];
    const b = await s.articles.saveArticle(without);
    const copy = minsk("copy", { slug: "copy", text: "Ministers met in Minsk, a copy." });
    copy.article.bands = ["3:cc"];
    copy.article.duplicateOf = a.articleId;
    copy.prepared = { shingles: Uint32Array.from([7]) };
    const c = await s.articles.saveArticle(copy);
    const found = await s.articles.copyCandidates(["3:cc"]);
    assert.deepEqual(found.map((x) => [x.id, x.hash, x.duplicateOf, x.text, x.shingles && [...x.shingles]]), [
      [a.articleId, "with", null, null, [0, 7, 2 ** 31 + 5, 2 ** 32 - 1]],
      [b.articleId, "without", null, "Ministers met again in Minsk on Friday.", null],
      [c.articleId, "copy", a.articleId, null, [7]],
    ]);
    assert.deepEqual(await s.articles.copyCandidates([]), []);
  });
}
