import assert from "node:assert/strict";
import type { StoreTest } from "../store-suite.ts";
import { MINSK, bishkek, minsk } from "./fixtures.ts";

const EMPTY = { articles: 0, events: 0, people: 0, quotes: 0, chairmanships: 0 };

export function writeTests(withStore: StoreTest): void {
  withStore("counts what was stored", async (s) => {
    assert.deepEqual(await s.articles.counts(), EMPTY);
    await s.articles.saveArticle(minsk("m1"));
    await s.articles.saveArticle(bishkek("b1"));
    assert.deepEqual(await s.articles.counts(), { articles: 2, events: 3, people: 2, quotes: 2, chairmanships: 2 });
  });

  withStore("is idempotent by content hash: a known hash writes nothing", async (s) => {
    const a = await s.articles.saveArticle(minsk("same"));
    const b = await s.articles.saveArticle(minsk("same", { slug: "renamed", title: "Another title" }));
    assert.deepEqual(b, { articleId: a.articleId, inserted: false });
    assert.equal((await s.articles.getArticle(a.articleId))!.slug, "same");
    assert.equal(await s.articles.hasArticle("same"), true);
    assert.equal(await s.articles.hasArticle("other"), false);
    assert.deepEqual(await s.articles.counts(), { articles: 1, events: 2, people: 1, quotes: 1, chairmanships: 1 });
    assert.equal((await s.articles.mentions(a.articleId)).length, 3);
    const c = await s.articles.saveArticle(minsk("new-hash"));
    assert.equal(c.inserted, true, "the same text under another hash is another article");
    assert.notEqual(c.articleId, a.articleId);
  });

  withStore("a save that fails midway stores nothing, and the store stays usable", async (s) => {
    await s.articles.saveArticle(bishkek("b1"));
    const before = await s.articles.counts();
    const bad = minsk("broken");
    // The article, its mentions and events are written before the people: the NOT NULL name fails after them.
    (bad.facts.people[0] as { name: unknown }).name = null;
    await assert.rejects(s.articles.saveArticle(bad), (err: Error & { code?: string }) => err.code === "E_STORE");
    assert.equal(await s.articles.hasArticle("broken"), false);
    assert.deepEqual(await s.articles.counts(), before);
    assert.equal((await s.articles.events({ org: "CSTO" })).length, 0);
    assert.equal((await s.articles.listArticles()).total, 1);
    assert.equal((await s.articles.search("Varanets")).total, 0, "no search index entry left behind");
    const retry = await s.articles.saveArticle(minsk("broken"));
    assert.equal(retry.inserted, true);
    assert.equal((await s.articles.counts()).articles, 2);
  });

  withStore("hostile text (quotes, SQL, markup) is stored and returned verbatim", async (s) => {
    const nasty = `'; DROP TABLE articles; -- "quoted" <script>alert(1)</script> \\ % _ $1 ?`;
    const text = `${MINSK.text} ${nasty}`;
    const input = minsk("x'); DROP TABLE events; --", { slug: "x'); DROP TABLE events; --", text, title: `<b>${nasty}</b>` });
    input.facts.quotes[0]!.full = nasty;
    input.facts.people[0]!.name = `O'Brien "${nasty}"`;
    input.mentions.push({ kind: "title", start: MINSK.text.length + 1, end: text.length, text: nasty, norm: nasty });
    const r = await s.articles.saveArticle(input);
    const a = await s.articles.getArticle(r.articleId);
    assert.equal(a!.text, text);
    assert.equal(a!.title, `<b>${nasty}</b>`);
    assert.equal(a!.slug, "x'); DROP TABLE events; --");
    assert.equal(await s.articles.hasArticle("x'); DROP TABLE events; --"), true);
    assert.deepEqual(await s.articles.articleFacts(r.articleId), input.facts);
    assert.equal((await s.articles.quotes())[0]!.full, nasty);
    assert.equal((await s.articles.people())[0]!.name, `O'Brien "${nasty}"`);
    assert.equal((await s.articles.mentions(r.articleId)).at(-1)!.norm, nasty);
    assert.equal((await s.articles.events({ person: nasty })).length, 0);
    assert.equal((await s.articles.people({ person: "%" })).length, 0, "LIKE wildcards are not wildcards");
    assert.equal((await s.articles.events({ org: nasty, country: nasty, body: nasty })).length, 0);
    assert.deepEqual(await s.articles.counts(), { articles: 1, events: 2, people: 1, quotes: 1, chairmanships: 1 });
  });
}
