import assert from "node:assert/strict";
import type { StoreTest } from "../store-suite.ts";
import { MINSK, bishkek, minsk, minskFacts } from "./fixtures.ts";

export function readBackTests(withStore: StoreTest): void {
  withStore("saves an article and reads its facts back exactly", async (s) => {
    const r = await s.articles.saveArticle(minsk("m1"));
    assert.deepEqual(r, { articleId: r.articleId, inserted: true });
    assert.deepEqual(await s.articles.articleFacts(r.articleId), minskFacts("m1"));
    assert.equal(await s.articles.articleFacts(r.articleId + 999), null);
    const a = await s.articles.getArticle(r.articleId);
    assert.deepEqual({ ...a!, ingestedAt: "" }, { ...minsk("m1").article, duplicateOf: null, id: r.articleId, ingestedAt: "" });
    assert.ok(!Number.isNaN(Date.parse(a!.ingestedAt)), "ingestedAt is an ISO timestamp");
    assert.equal(await s.articles.getArticle(r.articleId + 999), null);
  });

  withStore("fact rows carry their fields and their evidence, sentence sliced from the text", async (s) => {
    const { articleId } = await s.articles.saveArticle(minsk("m1"));
    const facts = minskFacts("m1");
    const row = (e: { start: number; end: number; sentence: { start: number; end: number }; rule: string; slot?: string; value?: string }) => ({
      articleId, articleSlug: "m1", start: e.start, end: e.end, sentenceStart: e.sentence.start, sentenceEnd: e.sentence.end,
      sentence: MINSK.text.slice(e.sentence.start, e.sentence.end), rule: e.rule, ...(e.slot ? { slot: e.slot, value: e.value } : {}),
    });
    const [held, planned] = await s.articles.events();
    assert.deepEqual(held, {
      id: held!.id, articleId, kind: "meeting", status: "held", org: "CSTO", bodies: ["Collective Security Council"], name: null,
      start: "2021-11-30", end: null, city: "Minsk", country: "Belarus", chair: "Aliaksei Varanets", attendees: ["Aliaksei Varanets"],
      states: ["Belarus", "Kazakhstan", "Armenia"], documentsSigned: 4, documents: ["Minsk Declaration"],
      evidence: facts.events[0]!.evidence.map(row),
    });
    assert.equal(held!.evidence[0]!.sentence, "The CSTO Collective Security Council met in Minsk on Tuesday with Kazakhstan and Armenia.");
    assert.equal(held!.evidence[1]!.sentence, "MINSK, 30 November 2021 🛡️ (Test Wire).");
    assert.deepEqual([held!.evidence[1]!.slot, held!.evidence[1]!.value], ["start", "2021-11-30"], "a value's evidence keeps its slot");
    assert.deepEqual({ ...planned!, id: 0 }, {
      id: 0, articleId, kind: "meeting", status: "planned", org: "CSTO", bodies: ["Collective Security Council"], name: null,
      start: "2022", end: null, city: "Yerevan", country: "Armenia", chair: null, attendees: [], states: [], documentsSigned: null,
      documents: [], evidence: facts.events[1]!.evidence.map(row),
    });
    const [person] = await s.articles.people();
    assert.deepEqual({ ...person!, id: 0 }, {
      id: 0, articleId, name: "Aliaksei Varanets", evidence: facts.people[0]!.evidence.map(row),
      roles: [{ title: "Foreign Minister", of: "Belarus", acting: false }, { title: "Chairman of the Council of Foreign Ministers", of: "CSTO", acting: true }],
    });
    const [quote] = await s.articles.quotes();
    assert.deepEqual({ ...quote!, id: 0 }, {
      id: 0, articleId, speaker: "Aliaksei Varanets", text: "We stand together", full: "We stand together,", evidence: facts.quotes[0]!.evidence.map(row),
    });
    const [chair] = await s.articles.chairmanships();
    assert.deepEqual({ ...chair!, id: 0 }, {
      id: 0, articleId, org: "CSTO", state: "Armenia", start: "2022-01-01", end: null, evidence: facts.chairmanships[0]!.evidence.map(row),
    });
  });

  withStore("mentions read back in text order, with ids", async (s) => {
    const { articleId } = await s.articles.saveArticle(minsk("m1"));
    const other = await s.articles.saveArticle(bishkek("b1"));
    const rows = await s.articles.mentions(articleId);
    assert.deepEqual(rows.map(({ id: _id, ...m }) => m), [...minsk("m1").mentions].sort((a, b) => a.start - b.start).map((m) => ({ ...m, articleId })));
    assert.equal(new Set(rows.map((m) => m.id)).size, 3);
    assert.deepEqual(await s.articles.mentions(other.articleId), []);
  });

  withStore("lists articles newest first, by outlet and year, with totals", async (s) => {
    await s.articles.saveArticle(bishkek("b1"));
    await s.articles.saveArticle(minsk("m1"));
    await s.articles.saveArticle(minsk("m2"));
    const all = await s.articles.listArticles();
    assert.deepEqual(all.items.map((a) => a.slug), ["m1", "m2", "b1"]);
    assert.deepEqual([all.total, all.offset], [3, 0]);
    const page = await s.articles.listArticles({ limit: 2, offset: 2 });
    assert.deepEqual([page.items.map((a) => a.slug), page.total, page.limit], [["b1"], 3, 2]);
    assert.deepEqual((await s.articles.listArticles({ outlet: "other agency" })).items.map((a) => a.slug), ["b1"]);
    assert.equal((await s.articles.listArticles({ year: 2021 })).total, 2);
    assert.equal((await s.articles.listArticles({ year: 2020 })).total, 0);
  });
}
