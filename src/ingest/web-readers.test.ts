import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import { InputError } from "../errors.ts";
import { readInputs } from "./index.ts";
import type { RawArticle } from "./types.ts";
import { atomFeed, newsPage, rssFeed, STORIES, warc, warcGz } from "./web-fixtures.ts";

const dir = () => mkdtempSync(join(tmpdir(), "communique-web-"));
async function collect(paths: string[], maxBytes?: number): Promise<(RawArticle | InputError)[]> {
  const out: (RawArticle | InputError)[] = [];
  for await (const x of readInputs(paths, maxBytes ? { maxBytes } : {})) out.push(x);
  return out;
}
const articles = (xs: (RawArticle | InputError)[]) => xs.filter((x): x is RawArticle => !(x instanceof InputError));
const item = (i: number) => ({ title: `Story number ${i + 1}`, body: STORIES[i]!.join("</p><p>"), link: `https://c.example/${i}`, date: "Wed, 03 Mar 2027 10:00:00 GMT" });

test("an HTML page is one article: the extracted text, the page's metadata, and the page kept for audit", async () => {
  const d = dir();
  const html = newsPage();
  writeFileSync(join(d, "drills.html"), html);
  const [a] = await collect([join(d, "drills.html")]);
  assert.ok(a && !(a instanceof InputError), String(a));
  assert.equal(a.id, "drills");
  assert.ok(a.text.startsWith(STORIES[0]![0]!.slice(0, 20)) || a.text.includes(STORIES[0]![0]!));
  assert.ok(!a.text.includes("<p>"));
  assert.equal(a.title, "Ministers agree a calendar of joint drills");
  assert.equal(a.outlet, "Steppe Courier");
  assert.equal(a.author, "Aigerim Sultanova");
  assert.equal(a.url, "https://courier.example/news/drills-calendar");
  assert.equal(a.published, "2027-03-02T09:30:00Z");
  assert.equal(a.html, html);
});

test("an HTML page saved as .txt is read as a page; plain text stays plain", async () => {
  const d = dir();
  writeFileSync(join(d, "saved.txt"), newsPage());
  writeFileSync(join(d, "plain.txt"), STORIES[1]!.join("\n"));
  const [page, plain] = articles(await collect([join(d, "saved.txt"), join(d, "plain.txt")]));
  assert.ok(page!.html && !page!.text.includes("<"));
  assert.equal(plain!.html, undefined);
  assert.equal(plain!.text, STORIES[1]!.join("\n"));
});

test("RSS 2.0: every item an article with its title, link, date, author and full content", async () => {
  const d = dir();
  writeFileSync(join(d, "news.rss"), rssFeed([item(0), item(1)]));
  const xs = await collect([join(d, "news.rss")]);
  assert.deepEqual(xs.map((x) => (x instanceof InputError ? x.code : x.id)), ["news-1", "news-2"]);
  const [a, b] = articles(xs);
  assert.equal(a!.source, `${join(d, "news.rss")}#item-1`);
  assert.equal(a!.title, "Story number 1");
  assert.equal(a!.url, "https://c.example/0");
  assert.equal(a!.published, "Wed, 03 Mar 2027 10:00:00 GMT");
  assert.equal(a!.outlet, "Steppe Courier");
  assert.equal(a!.author, "Staff");
  assert.ok(b!.text.startsWith("Story number 2\n\n"));
  for (const s of STORIES[1]!) assert.ok(b!.text.includes(s), "content:encoded wins over the description");
});

test("Atom: entries with their alternate link, published date and escaped HTML content", async () => {
  const d = dir();
  writeFileSync(join(d, "wire.atom"), atomFeed([item(2)]).replace("<published>Wed, 03 Mar 2027 10:00:00 GMT</published>", "<published>2027-03-03T10:00:00Z</published>"));
  const [a] = articles(await collect([join(d, "wire.atom")]));
  assert.equal(a!.url, "https://c.example/2");
  assert.equal(a!.published, "2027-03-03T10:00:00Z");
  assert.equal(a!.outlet, "Caspian Wire");
  assert.equal(a!.author, "Desk");
  assert.ok(a!.text.includes(STORIES[2]![1]!));
});

test("news-please JSON Lines: maintext, date_publish, source_domain, title, url, language", async () => {
  const d = dir();
  const rec = { maintext: STORIES[0]!.join(" "), date_publish: "2027-03-02 09:30:00", source_domain: "courier.example", title: "Drills", url: "https://courier.example/1", language: "en", authors: ["A. Sultanova"] };
  writeFileSync(join(d, "crawl.jsonl"), `${JSON.stringify(rec)}\n${JSON.stringify({ title: "no text" })}\n`);
  const [a, bad] = await collect([join(d, "crawl.jsonl")]);
  assert.ok(a && !(a instanceof InputError));
  assert.equal(a.text, rec.maintext);
  assert.equal(a.published, "2027-03-02 09:30:00");
  assert.equal(a.outlet, "courier.example");
  assert.equal(a.title, "Drills");
  assert.equal(a.language, "en");
  assert.equal(a.author, "A. Sultanova");
  assert.ok(bad instanceof InputError && bad.code === "E_INPUT_JSONL" && bad.source.endsWith("crawl.jsonl:2"));
});

test("WARC.gz with three HTML responses: three articles, requests and warcinfo passed over, the target URI kept", async () => {
  const d = dir();
  const pages = STORIES.map((s, i) => ({ uri: `https://w.example/${i}`, html: `<html><head><title>T${i}</title></head><body><article><p>${s.join("</p><p>")}</p></article></body></html>` }));
  writeFileSync(join(d, "crawl.warc.gz"), warcGz(pages));
  writeFileSync(join(d, "plain.warc"), warc(pages.slice(0, 1)));
  const xs = articles(await collect([join(d, "crawl.warc.gz"), join(d, "plain.warc")]));
  assert.equal(xs.length, 4);
  assert.deepEqual(xs.slice(0, 3).map((x) => x.url), pages.map((p) => p.uri));
  assert.ok(xs[2]!.text.includes(STORIES[2]![0]!));
  assert.match(xs[0]!.source, /crawl\.warc\.gz#record-\d+$/);
});

test(".gz of any input: a text, a page, a JSON Lines file", async () => {
  const d = dir();
  writeFileSync(join(d, "a.txt.gz"), gzipSync(STORIES[0]!.join("\n")));
  writeFileSync(join(d, "b.html.gz"), gzipSync(newsPage()));
  writeFileSync(join(d, "c.jsonl.gz"), gzipSync(`${JSON.stringify({ text: STORIES[1]!.join(" ") })}\n`));
  const xs = await collect([d]);
  assert.deepEqual(xs.map((x) => (x instanceof InputError ? x.message : x.id)), ["a", "b", "c-1"]);
});
