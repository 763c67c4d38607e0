import assert from "node:assert/strict";
import type { FactFilter, Store } from "../types.ts";
import type { StoreTest } from "../store-suite.ts";
import { bishkek, minsk } from "./fixtures.ts";

/** Two articles: CSTO in Minsk (2021, a held and a planned 2022 event) and SCO in Bishkek (2019). */
async function seed(s: Store): Promise<{ m: number; b: number }> {
  const m = (await s.articles.saveArticle(minsk("m1"))).articleId;
  const b = (await s.articles.saveArticle(bishkek("b1"))).articleId;
  return { m, b };
}

type Kind = "events" | "people" | "quotes" | "chairmanships";
/** What a query returns, as "<slug of its article>:<distinguishing field>" for readable assertions. */
async function names(s: Store, kind: Kind, f: FactFilter & { text?: string }): Promise<string[]> {
  const slug = async (id: number) => (await s.articles.getArticle(id))!.slug;
  const rows: { articleId: number; label: string }[] =
    kind === "events" ? (await s.articles.events(f)).map((r) => ({ articleId: r.articleId, label: r.city ?? "" }))
      : kind === "people" ? (await s.articles.people(f)).map((r) => ({ articleId: r.articleId, label: r.name }))
        : kind === "quotes" ? (await s.articles.quotes(f)).map((r) => ({ articleId: r.articleId, label: r.speaker }))
          : (await s.articles.chairmanships(f)).map((r) => ({ articleId: r.articleId, label: r.state }));
  return Promise.all(rows.map(async (r) => `${await slug(r.articleId)}:${r.label}`));
}

export function filterTests(withStore: StoreTest): void {
  withStore("filters by organization, by any of its names, case-insensitively", async (s) => {
    await seed(s);
    assert.deepEqual(await names(s, "events", { org: "csto" }), ["m1:Minsk", "m1:Yerevan"]);
    assert.deepEqual(await names(s, "events", { org: "Shanghai Cooperation Organisation" }), ["b1:Bishkek"]);
    assert.deepEqual(await names(s, "events", { org: "EAEU" }), []);
    assert.deepEqual(await names(s, "people", { org: "CSTO" }), ["m1:Aliaksei Varanets"], "a person by the organization of a role");
    assert.deepEqual(await names(s, "quotes", { org: "CSTO" }), ["m1:Aliaksei Varanets"], "a quote by its speaker's roles");
    assert.deepEqual(await names(s, "chairmanships", { org: "SCO" }), ["b1:Kyrgyzstan"]);
  });

  withStore("filters events by body, canonical name or alias", async (s) => {
    await seed(s);
    assert.deepEqual(await names(s, "events", { body: "CSC" }), ["m1:Minsk", "m1:Yerevan"]);
    assert.deepEqual(await names(s, "events", { body: "heads of state council" }), ["b1:Bishkek"]);
    assert.deepEqual(await names(s, "events", { body: "Council of Defence Ministers" }), []);
    assert.deepEqual(await names(s, "people", { body: "council of foreign ministers" }), ["m1:Aliaksei Varanets"]);
  });

  withStore("filters by year: a fact's own date, or its article's year for people and quotes", async (s) => {
    await seed(s);
    assert.deepEqual(await names(s, "events", { year: 2021 }), ["m1:Minsk"]);
    assert.deepEqual(await names(s, "events", { year: 2022 }), ["m1:Yerevan"], "the planned session, reported in 2021");
    assert.deepEqual(await names(s, "events", { year: 2019 }), ["b1:Bishkek"]);
    assert.deepEqual(await names(s, "people", { year: 2021 }), ["m1:Aliaksei Varanets"]);
    assert.deepEqual(await names(s, "quotes", { year: 2019 }), ["b1:Jumabek Ömürbekov"]);
    assert.deepEqual(await names(s, "quotes", { year: 2022 }), []);
    assert.deepEqual(await names(s, "chairmanships", { year: 2022 }), ["m1:Armenia"]);
    assert.deepEqual(await names(s, "chairmanships", { year: 2019 }), [], "a chairmanship without a start date has no year");
  });

  withStore("filters by person: surname, any case, with or without accents", async (s) => {
    await seed(s);
    for (const who of ["Varanets", "VARANETS", "A. Varanets", "Aliaksei Varanets"]) {
      assert.deepEqual(await names(s, "events", { person: who }), ["m1:Minsk"], who);
    }
    for (const who of ["omurbekov", "ÖMÜRBEKOV", "Jumabek Ömürbekov"]) {
      assert.deepEqual(await names(s, "people", { person: who }), ["b1:Jumabek Ömürbekov"], who);
      assert.deepEqual(await names(s, "quotes", { person: who }), ["b1:Jumabek Ömürbekov"], who);
    }
    assert.deepEqual(await names(s, "events", { person: "Aliaksei" }), [], "a first name alone is not a surname");
    assert.deepEqual(await names(s, "people", { person: "Lavrov" }), []);
  });

  withStore("filters by country: event place or states, role of, chairing state, by any name", async (s) => {
    await seed(s);
    assert.deepEqual(await names(s, "events", { country: "Republic of Armenia" }), ["m1:Minsk", "m1:Yerevan"]);
    assert.deepEqual(await names(s, "events", { country: "kazakhstan" }), ["m1:Minsk"]);
    assert.deepEqual(await names(s, "events", { country: "China" }), ["b1:Bishkek"]);
    assert.deepEqual(await names(s, "people", { country: "Kyrgyz Republic" }), ["b1:Jumabek Ömürbekov"]);
    assert.deepEqual(await names(s, "quotes", { country: "Belarus" }), ["m1:Aliaksei Varanets"]);
    assert.deepEqual(await names(s, "chairmanships", { country: "Armenia" }), ["m1:Armenia"]);
    assert.deepEqual(await names(s, "people", { country: "Russia" }), []);
  });

  withStore("filters by article, and combines filters (all must hold)", async (s) => {
    const { m, b } = await seed(s);
    assert.deepEqual(await names(s, "events", { articleId: b }), ["b1:Bishkek"]);
    assert.deepEqual(await names(s, "people", { articleId: m }), ["m1:Aliaksei Varanets"]);
    assert.deepEqual(await names(s, "quotes", { articleId: b }), ["b1:Jumabek Ömürbekov"]);
    assert.deepEqual(await names(s, "chairmanships", { articleId: m }), ["m1:Armenia"]);
    assert.deepEqual(await names(s, "events", { org: "CSTO", year: 2022, country: "Armenia" }), ["m1:Yerevan"]);
    assert.deepEqual(await names(s, "events", { org: "CSTO", articleId: b }), []);
    assert.deepEqual(await names(s, "quotes", { text: "region calm" }), ["b1:Jumabek Ömürbekov"]);
    assert.deepEqual(await names(s, "quotes", { text: "apart" }), []);
  });

  withStore("pages every fact list with limit and offset, in a stable order", async (s) => {
    for (const h of ["p1", "p2", "p3", "p4"]) await s.articles.saveArticle(minsk(h));
    await s.articles.saveArticle(bishkek("b1"));
    const all = (await s.articles.events()).map((e) => e.id);
    assert.equal(all.length, 9);
    const paged: number[] = [];
    for (let offset = 0; offset < 12; offset += 4) paged.push(...(await s.articles.events({ limit: 4, offset })).map((e) => e.id));
    assert.deepEqual(paged, all);
    assert.deepEqual((await s.articles.events({ limit: 2 })).map((e) => e.start), ["2019-06-14", "2021-11-30"]);
    const people = (await s.articles.people({ limit: 3, offset: 1 })).map((p) => p.id);
    assert.deepEqual(people, (await s.articles.people()).map((p) => p.id).slice(1, 4));
    assert.equal((await s.articles.quotes({ limit: 2, offset: 4 })).length, 1);
    assert.equal((await s.articles.chairmanships({ org: "CSTO", limit: 10, offset: 3 })).length, 1);
    assert.deepEqual(await s.articles.events({ offset: 100 }), []);
  });
}
