// `communique ingest` on what the web gives: an HTML page, an RSS feed and a WARC.gz in one folder; a syndicated copy
// stored but not counted as another source; a non-English article skipped with its language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, EXAMPLES, tempDir } from "./helpers.ts";
import { openStore } from "../src/store/open.ts";
import { newsPage, rssFeed, STORIES, warcGz } from "../src/ingest/web-fixtures.ts";

const seed = (id: string) => readFileSync(join(EXAMPLES, `${id}.txt`), "utf8");
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

test("ingest stores every article of an HTML page, an RSS file and a WARC.gz, with the page's title, outlet, date and URL", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "page.html"), newsPage());
  const items = [1, 2].map((i) => ({ title: `Story ${i}`, body: STORIES[i]!.join("</p><p>"), link: `https://feed.example/${i}`, date: "Wed, 03 Mar 2027 10:00:00 GMT" }));
  writeFileSync(join(dir, "news.rss"), rssFeed(items));
  const seeds = ["seed-002", "seed-003", "seed-004"];
  writeFileSync(join(dir, "crawl.warc.gz"), warcGz(seeds.map((s, i) => ({ uri: `https://archive.example/${i}`, html: `<html><body><article><p>${paragraphs(seed(s)).join("</p><p>")}</p></article></body></html>` }))));
  const db = join(tempDir(), "web.db");
  const r = cli(["ingest", dir, "--db", db, "--quiet"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /ingested 6 new, 0 already stored, 0 failed/);
  const store = await openStore(db);
  try {
    const rows = (await store.articles.listArticles({ limit: 50 })).items;
    assert.equal(rows.length, 6);
    const html = rows.find((a) => a.slug === "page")!;
    assert.equal(html.title, "Ministers agree a calendar of joint drills");
    assert.equal(html.outlet, "Steppe Courier");
    assert.equal(html.published, "2027-03-02");
    assert.equal(html.url, "https://courier.example/news/drills-calendar");
    assert.ok(!html.text.includes("<") && html.text.includes(STORIES[0]![0]!), "the extracted text is what is stored");
    assert.ok(await store.articles.articleHtml(html.id), "the page is kept beside it");
    assert.deepEqual(rows.filter((a) => a.slug.startsWith("crawl")).map((a) => a.url).sort(), ["https://archive.example/0", "https://archive.example/1", "https://archive.example/2"]);
    assert.deepEqual(rows.filter((a) => a.slug.startsWith("news")).map((a) => a.url).sort(), ["https://feed.example/1", "https://feed.example/2"]);
  } finally {
    await store.close();
  }
  assert.match(cli(["ingest", dir, "--db", db, "--quiet"]).stdout, /ingested 0 new, 6 already stored, 0 failed/);
});

test("a syndicated copy is stored and linked to its original, listed by `duplicates`, and counted as no second report", async () => {
  const dir = tempDir();
  const story = seed("seed-002");
  writeFileSync(join(dir, "a-wire.txt"), story);
  // Another outlet's reprint: its own masthead, navigation and footer around the same wire text.
  const reprint = [...paragraphs(story), "Read the full coverage on our site every morning."].map((p) => `<p>${p}</p>`).join("");
  writeFileSync(join(dir, "b-reprint.html"), `<html><head><title>Reprint | Daily Steppe</title><meta property="og:site_name" content="Daily Steppe"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>${reprint}</article><footer>© Daily Steppe</footer></body></html>`);
  writeFileSync(join(dir, "c-ru.txt"), "Президенты государств-членов Организации Договора о коллективной безопасности провели заседание в Душанбе и обсудили вопросы региональной безопасности, итоги учений и планы на следующий год. В заседании приняли участие главы шести государств.\n");
  const db = join(tempDir(), "dup.db");
  const r = cli(["ingest", dir, "--db", db, "--quiet"]);
  assert.equal(r.code, 0, "a skipped article is no failure");
  assert.match(r.stdout, /ingested 2 new, 0 already stored, 0 failed, 1 skipped/);
  assert.match(r.stderr, /^warning: .*c-ru\.txt: skipped: written in Russian \(rus\).*\[E_INPUT_LANGUAGE\]$/m);
  const dups = cli(["duplicates", "--db", db, "--json"]);
  assert.equal(dups.code, 0, dups.stderr);
  const clusters = JSON.parse(dups.stdout) as { original: { slug: string }; copies: { slug: string }[] }[];
  assert.deepEqual(clusters.map((c) => [c.original.slug, c.copies.map((x) => x.slug)]), [["a-wire", ["b-reprint"]]]);
  assert.match(cli(["duplicates", "--db", db]).stdout, /#1 a-wire[\s\S]*copy #2 b-reprint[\s\S]*1 clusters, 1 copies/);
  const timeline = JSON.parse(cli(["timeline", "--db", db, "--json"]).stdout) as { sources: { article: string }[]; independentSources: number }[];
  const both = timeline.filter((e) => new Set(e.sources.map((s) => s.article)).size === 2);
  assert.ok(both.length > 0, "the copy's facts merge with the original's (provenance kept)");
  for (const e of timeline) assert.equal(e.independentSources, 1, "but the copy is no second independent report");
  assert.match(cli(["timeline", "--db", db]).stdout, /2 \(1 independent\)/, "the table says so too");
});
