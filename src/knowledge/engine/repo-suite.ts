import { test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleFacts, EventFact } from "../../extract/types.ts";
import { ev, person } from "../test-facts.ts";
import { addArticle, mergeArticle, type StoredArticle } from "./add-article.ts";
import { Merger } from "./merger.ts";
import { PERSON_SPEC } from "./kinds.ts";
import type { KnowledgeRepo } from "./repo.ts";
import { conflicts, eventDetail, timeline } from "./queries-events.ts";
import { offices, personDetails } from "./queries-people.ts";
import { chairmanships, topicCounts } from "./queries-misc.ts";

const TEXT = "Ministers met in the capital. They discussed drug trafficking and the situation in Afghanistan.";
const evidence = [{ start: 0, end: 9, sentence: { start: 0, end: 29 }, rule: "test" }];
const withEv = (e: Partial<EventFact>) => ev({ ...e, evidence });
const facts = (id: string, over: Partial<ArticleFacts>): ArticleFacts => ({
  id, published: null, outlet: null, dateline: null, events: [], people: [], quotes: [], chairmanships: [], ...over,
});
const ARTICLES: StoredArticle[] = [
  { articleId: 1, slug: "one", published: "2019-05-20", text: TEXT, facts: facts("one", {
    events: [withEv({ bodies: ["CFM"], start: "2019-05-20", end: "2019-05-21", city: "Bishkek", documents_signed: 6, attendees: ["Ivan Alpha"] })],
    people: [{ ...person("Ivan Alpha", [{ title: "Secretary General", of: "CSTO" }]), evidence }],
    quotes: [{ speaker: "Ivan Alpha", text: "Afghanistan worries us", evidence: [{ start: 30, end: 94, sentence: { start: 30, end: 94 }, rule: "test" }] }],
    chairmanships: [{ org: "CSTO", state: "Kyrgyzstan", start: "2019", end: null, evidence }],
  }) },
  { articleId: 2, slug: "two", published: null, text: TEXT, facts: facts("two", {
    events: [withEv({ bodies: ["Council of Foreign Ministers"], start: "2019-05-21", city: "Bishkek", documents_signed: 8 }), withEv({ status: "planned", bodies: ["CSC"], start: "2019-11" })],
    people: [{ ...person("I. Alpha", [{ title: "Secretary-General", of: "Collective Security Treaty Organization" }]), evidence }],
  }) },
  { articleId: 3, slug: "three", published: "2019-12-01", text: TEXT, facts: facts("three", {
    events: [withEv({ bodies: ["Collective Security Council"], start: "2019-11-28", city: "Bishkek" })],
    people: [{ ...person("Anna Beta", [{ title: "Secretary General", of: "CSTO" }]), evidence }],
    chairmanships: [{ org: "CSTO", state: "Russia", start: "2019-11-28", end: null, evidence }],
  }) },
];

/**
 * The behaviour every KnowledgeRepo must give the engine: run by each adapter's test with its own fresh repositories.
 */
export function repoSuite(name: string, fresh: () => Promise<KnowledgeRepo>): void {
  async function ingest(order: StoredArticle[]): Promise<KnowledgeRepo> {
    const repo = await fresh();
    for (const a of order) await addArticle(repo, a);
    return repo;
  }

  test(`${name}: incremental merging gives the same events and people whatever the order`, async () => {
    const a = await ingest(ARTICLES);
    const b = await ingest([...ARTICLES].reverse());
    const shape = async (r: KnowledgeRepo) => (await timeline(r)).map((e) => `${e.key} ${e.start} ${e.sources.map((s) => `${s.article}#${s.index}`).join(",")}`);
    assert.deepEqual(await shape(a), await shape(b));
    assert.deepEqual(await shape(a), ["one#0 2019-05-20 one#0,two#0", "three#0 2019-11-28 three#0,two#1"]);
    assert.deepEqual((await personDetails(a, "Alpha")).map((p) => p.name), (await personDetails(b, "Alpha")).map((p) => p.name));
  });

  test(`${name}: adding an article twice changes nothing`, async () => {
    const repo = await ingest(ARTICLES);
    assert.deepEqual(await addArticle(repo, ARTICLES[0]!), { events: 0, people: 0 });
    assert.equal((await timeline(repo)).length, 2);
  });

  test(`${name}: queries answer with sources`, async () => {
    const repo = await ingest(ARTICLES);
    const [c] = await conflicts(repo);
    assert.equal(c?.slot, "documents_signed");
    assert.deepEqual(c?.values.map((v) => [v.value, v.evidence[0]?.articleSlug]), [["6", "one"], ["8", "two"]]);
    const sg = await offices(repo, "Secretary-General", "CSTO");
    assert.deepEqual(sg[0]?.holders.map((h) => [h.person, h.from, h.until]), [["Ivan Alpha", "2019-05-20", "2019-12-01"], ["Anna Beta", "2019-12-01", null]]);
    assert.equal(sg[0]?.holders[0]?.evidence[0]?.sentence, "Ministers met in the capital.");
    const [alpha] = await personDetails(repo, "Ivan Alpha");
    assert.equal(alpha?.events.length, 1);
    assert.deepEqual(alpha?.quotes.map((q) => q.topics), [["drugs", "afghanistan"]]);
    const chairs = await chairmanships(repo);
    assert.deepEqual(chairs[0]?.periods.map((p) => [p.state, p.start, p.end]), [["Kyrgyzstan", "2019", "2019-11-28"], ["Russia", "2019-11-28", null]]);
    const detail = await eventDetail(repo, "one#0");
    assert.ok(detail?.topics.includes("drugs"));
    const byYear = await topicCounts(repo, { by: "year" });
    assert.ok(byYear.some((t) => t.topic === "afghanistan" && t.bucket === "2019" && t.events === 2 && t.quotes === 1));
  });

  test(`${name}: a big group read while stale, then refreshed, equals the group built at once`, async () => {
    const many: StoredArticle[] = Array.from({ length: 40 }, (_, i) => ({
      articleId: 100 + i, slug: `many-${String(i).padStart(2, "0")}`, published: "2020-01-01", text: TEXT,
      facts: facts(`many-${i}`, { people: [{ ...person(i % 3 ? "Ivan Alpha" : "I. Alpha", [{ title: "Secretary General", of: "CSTO" }]), evidence }] }),
    }));
    const oneByOne = await ingest(many);
    const stale = await oneByOne.staleGroups("person", 10);
    assert.deepEqual(stale, ["many-00#0"], "past 32 members a group is rebuilt only as it grows by half");
    const atOnce = await fresh();
    const merger = new Merger(atOnce);
    await atOnce.transaction(async () => {
      for (const a of many) await mergeArticle(atOnce, merger, a);
      await merger.flush();
    });
    assert.deepEqual(await atOnce.staleGroups("person", 10), []);
    const read = async (r: KnowledgeRepo) => [await personDetails(r, "Ivan Alpha"), await offices(r, "Secretary General", "CSTO")];
    const expected = await read(atOnce);
    assert.equal((expected[0] as { evidence: unknown[] }[])[0]!.evidence.length, 40);
    assert.deepEqual(await read(oneByOne), expected, "a stale group is read from its members");
    const refresher = new Merger(oneByOne);
    assert.equal(await oneByOne.transaction(() => refresher.refreshStale()), 1);
    assert.deepEqual(await oneByOne.staleGroups("person", 10), []);
    assert.deepEqual(await read(oneByOne), expected);
  });

  test(`${name}: mentions are found by their blocking keys, signed kinds (people) as well as the others (chairmanships)`, async () => {
    const repo = await ingest(ARTICLES);
    const alpha = ARTICLES[0]!.facts.people[0]!;
    const blocks = PERSON_SPEC.blocks(PERSON_SPEC.key(PERSON_SPEC.signature(alpha)));
    const refs = async (kind: "person" | "chair", b: string[]) => (await repo.mentions(kind, b)).map((m) => `${m.ref.article}#${m.ref.index}`).sort();
    assert.deepEqual(await refs("person", blocks), ["one#0", "two#0"], "both Alphas, not Anna Beta");
    assert.deepEqual(await refs("person", ["no such block"]), []);
    assert.deepEqual(await refs("chair", ["CSTO"]), ["one#0", "three#0"]);
  });

  test(`${name}: the groups of a signature, each once, however many mentions share it`, async () => {
    const repo = await ingest([...ARTICLES, ...ARTICLES.map((a, i) => ({ ...a, articleId: 100 + i, slug: `${a.slug}-again` }))]);
    const sig = PERSON_SPEC.signature(ARTICLES[0]!.facts.people[0]!);
    const mentions = await repo.mentionsBySig("person", [sig]);
    assert.equal(mentions.length, 2);
    assert.deepEqual(await repo.sigGroups("person", [sig]), [{ sig, group: "one#0" }], "two mentions, one group");
    await repo.setGroup("person", [mentions[1]!.ref], "zz#9");
    const groups = (await repo.sigGroups("person", [sig, "no such sig"])).map((g) => `${g.sig === sig} ${g.group}`).sort();
    assert.deepEqual(groups, [`true ${mentions[0]!.group}`, "true zz#9"].sort());
  });
}
