import assert from "node:assert/strict";
import type { StoreTest } from "../store-suite.ts";
import { bishkek, minsk } from "./fixtures.ts";

// Saves running at once, and saves inside a caller's unit of work (the batch stores and merges as one transaction).
export function unitTests(withStore: StoreTest): void {
  withStore("saves running at once each store their article once", async (s) => {
    const inputs = [minsk("c1"), bishkek("c2"), minsk("c3"), minsk("c1"), bishkek("c2")];
    const results = await Promise.all(inputs.map((i) => s.articles.saveArticle(i)));
    assert.equal(results.filter((r) => r.inserted).length, 3);
    assert.equal(results[3]!.articleId, results[0]!.articleId);
    assert.equal(new Set(results.map((r) => r.articleId)).size, 3);
    assert.deepEqual(await s.articles.counts(), { articles: 3, events: 5, people: 3, quotes: 3, chairmanships: 3 });
  });

  withStore("a unit of work that fails takes back the articles saved in it; one that succeeds keeps them", async (s) => {
    await assert.rejects(s.knowledge.transaction(async () => {
      await s.articles.saveArticle(minsk("u1"));
      assert.equal(await s.articles.hasArticle("u1"), true, "visible inside the unit");
      throw new Error("crash after the save");
    }), /crash after the save/);
    assert.equal(await s.articles.hasArticle("u1"), false);
    assert.equal((await s.articles.search("Varanets")).total, 0, "no search index entry left behind");
    await s.knowledge.transaction(async () => {
      await s.articles.saveArticle(minsk("u1"));
      await s.articles.saveArticle(bishkek("u2"));
    });
    assert.equal((await s.articles.counts()).articles, 2);
  });

  withStore("a failed save inside a unit of work is taken back alone; the unit goes on", async (s) => {
    await s.knowledge.transaction(async () => {
      await s.articles.saveArticle(bishkek("v1"));
      const bad = minsk("v2");
      (bad.facts.people[0] as { name: unknown }).name = null;
      await assert.rejects(s.articles.saveArticle(bad));
      await s.articles.saveArticle(minsk("v3"));
    });
    assert.deepEqual([await s.articles.hasArticle("v1"), await s.articles.hasArticle("v2"), await s.articles.hasArticle("v3")], [true, false, true]);
  });

  withStore("saves without a savepoint of their own are kept or taken back with their unit of work", async (s) => {
    const bad = minsk("x2");
    (bad.facts.people[0] as { name: unknown }).name = null;
    await assert.rejects(s.knowledge.transaction(async () => {
      await s.articles.saveArticle(bishkek("x1"), { savepoint: false });
      await s.articles.saveArticle(bad, { savepoint: false });
    }));
    assert.equal((await s.articles.counts()).articles, 0);
    assert.equal((await s.articles.search("Varanets")).total, 0, "no search index entry left behind");
    await s.knowledge.transaction(async () => {
      await s.articles.saveArticle(bishkek("x1"), { savepoint: false });
      await s.articles.saveArticle(minsk("x3"), { savepoint: false });
    });
    assert.deepEqual(await s.articles.counts(), { articles: 2, events: 3, people: 2, quotes: 2, chairmanships: 2 });
  });

  withStore("saves started at once inside a unit of work take turns: the failed one alone is taken back", async (s) => {
    const bad = minsk("w2");
    (bad.facts.people[0] as { name: unknown }).name = null;
    const results = await s.knowledge.transaction(() =>
      Promise.allSettled([s.articles.saveArticle(bishkek("w1")), s.articles.saveArticle(bad), s.articles.saveArticle(minsk("w3"))]));
    assert.deepEqual(results.map((r) => r.status), ["fulfilled", "rejected", "fulfilled"]);
    assert.deepEqual(await s.articles.counts(), { articles: 2, events: 3, people: 2, quotes: 2, chairmanships: 2 });
  });
}
