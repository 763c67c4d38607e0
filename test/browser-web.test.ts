// The web application in real headless Chromium, on the seed examples plus a hostile article.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { ingestBatch } from "../src/batch.ts";
import { startServer } from "../src/server/serve.ts";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/types.ts";
import { browserSkip, launch, shot } from "./browser-helpers.ts";
import { EXAMPLES, tempDir } from "./helpers.ts";

const TOKEN = "browser-test-token";
const HOSTILE =
  "Hostile <script>window.__pwned = 1</script> headline\n\nMay 24, 2018\n\n" +
  'The CSTO Council of Foreign Ministers met in Minsk on May 24, 2018. <img src=x onerror="window.__pwned = 2"> ' +
  'Foreign Minister Ivan Testov said: "We reject <script>alert(1)</script> and onerror=alert(2) in every form."\n';

let store: Store;
let server: ServerType;
let base: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const dialogs: string[] = [];

const skip = browserSkip();

before(async () => {
  if (skip) return;
  const dir = tempDir();
  writeFileSync(join(dir, "hostile.txt"), HOSTILE);
  store = await openStore(join(dir, "kb.db"));
  await ingestBatch(store, [EXAMPLES, join(dir, "hostile.txt")]);
  const s = await startServer({ store, token: TOKEN, maxBodyBytes: 2_000_000, port: 0, host: "127.0.0.1" });
  server = s.server;
  base = s.url;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await store?.close();
});

test("every page loads on the seed examples, and is saved as a screenshot", { skip }, async () => {
  for (const [path, name, expect] of [
    ["/", "overview", "Overview"],
    ["/timeline", "timeline", "Timeline"],
    ["/timeline?org=CSTO&year=2018", "timeline-2018", "Timeline"],
    ["/people", "people", "People"],
    ["/articles", "articles", "Articles"],
    ["/topics", "topics", "Topics by year"],
    ["/chairmanships", "chairmanships", "Chairmanships"],
    ["/search?q=terrorism", "search", "Search"],
    ["/ingest", "ingest", "Add articles"],
  ] as const) {
    const res = await page.goto(base + path);
    assert.equal(res?.status(), 200, path);
    assert.equal(await page.locator("h1").first().innerText().then((t) => t.startsWith(expect)), true, `${path}: h1`);
    await shot(page, name);
  }
  // Zooming to a year keeps only that year's events.
  await page.goto(base + "/timeline?year=2018");
  const dates = await page.locator("li.event .when").allInnerTexts();
  assert.ok(dates.length > 0 && dates.every((d) => d.startsWith("2018")), dates.join(" | "));
  assert.deepEqual(pageErrors, []);
});

test("timeline → event → source article → person", { skip }, async () => {
  await page.goto(base + "/timeline?org=CSTO&year=2018&sort=oldest");
  await page.locator("a.event-link", { hasText: "Committee of Secretaries of Security Councils" }).first().click();
  await page.waitForURL(/\/events\//);
  assert.match(await page.locator("table.facts").innerText(), /Nurlan Yermekbayev/);
  assert.match(await page.locator(".lead").innerText(), /2018-05-23 – 2018-05-24 · Astana, Kazakhstan/);
  await shot(page, "event");
  await page.locator("ol.evidence li", { hasText: "Yermekbayev" }).locator("a.chip").first().click();
  await page.waitForURL(/\/articles\/[0-9a-f]{12}\?s=\d+-\d+&hl=\d+-\d+#hl$/);
  assert.match(await page.locator("h1").innerText(), /.+/);
  assert.ok((await page.locator(".article-text .mark.k-person").count()) > 3, "people are highlighted");
  assert.ok((await page.locator(".article-text .mark.k-quote").count()) > 0, "quotes are highlighted");
  assert.ok((await page.locator(".article-text .mark.k-date").count()) > 0, "dates are highlighted");
  await shot(page, "article");
  // A highlighted name jumps to the fact it feeds, and that fact links to the person's page.
  const mark = page.locator(".article-text a.mark.k-person", { hasText: "Yermekbayev" }).first();
  const href = await mark.getAttribute("href");
  assert.match(href ?? "", /^#fact-person-\d+$/);
  await mark.click();
  await page.locator(`${href} a.person-link`).click();
  await page.waitForURL(/\/people\//);
  assert.match(await page.locator("h1").innerText(), /Nurlan Yermekbayev/);
  assert.match(await page.locator("table.offices").innerText(), /Secretary of the Security Council/);
  await shot(page, "person");
});

test("search finds a quote, and the hit opens its article", { skip }, async () => {
  await page.goto(base + "/");
  await page.fill(".quick-search input", "honestly admit");
  await page.press(".quick-search input", "Enter");
  await page.waitForURL(/\/search\?q=/);
  const hit = page.locator("li.hit-quote").first();
  assert.match(await hit.innerText(), /honestly/i);
  assert.ok((await hit.locator("mark").count()) > 0, "the match is marked");
  await shot(page, "search-quote");
  await hit.locator("a.hit-link").click();
  await page.waitForURL(/\/articles\/\d+/);
  assert.match(await page.locator(".article-text").innerText(), /honestly admit/);
});

test("a hostile article is shown as text: no script runs, no markup is rendered", { skip }, async () => {
  const { items } = await store.articles.listArticles({ limit: 100 });
  const hostile = items.find((a) => a.slug === "hostile");
  assert.ok(hostile);
  for (const path of [`/articles/${hostile.id}`, "/", "/timeline", "/articles", "/search?q=reject", "/people"]) {
    await page.goto(base + path);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, path);
    assert.equal(await page.locator("main script, main img").count(), 0, `${path}: no element from the article`);
  }
  await page.goto(base + `/articles/${hostile.id}`);
  assert.match(await page.locator(".article-text").innerText(), /<script>window\.__pwned = 1<\/script>/);
  assert.match(await page.locator(".article-text").innerText(), /onerror="window\.__pwned = 2"/);
  await shot(page, "hostile-article");
  assert.deepEqual(dialogs, []);
  assert.deepEqual(pageErrors, []);
});

test("ingest from the browser needs the token; with it the article is stored and opens", { skip }, async () => {
  await page.goto(base + "/ingest");
  await page.fill("textarea[name=text]", "June 2, 2019\n\nThe CSTO Council of Defence Ministers met in Bishkek on June 2, 2019.\n");
  await page.fill("input[name=token]", "wrong-token");
  const bad = await Promise.all([page.waitForNavigation(), page.click("form.ingest button")]);
  assert.equal(bad[0]?.status(), 401);
  await page.goto(base + "/ingest");
  await page.fill("textarea[name=text]", "June 2, 2019\n\nThe CSTO Council of Defence Ministers met in Bishkek on June 2, 2019.\n");
  await page.fill("input[name=token]", TOKEN);
  const ok = await Promise.all([page.waitForNavigation(), page.click("form.ingest button")]);
  assert.equal(ok[0]?.status(), 201);
  assert.match(await page.locator(".results").innerText(), /pasted-[0-9a-f]+: added/);
  await page.locator(".results a.article-link").click();
  await page.waitForURL(/\/articles\/\d+/);
  assert.match(await page.locator(".facts-list").innerText(), /Council of Defence Ministers/);
  await page.goto(base + "/timeline?year=2019");
  assert.match(await page.locator("ol.timeline").innerText(), /Bishkek/);
});

test("usable on a phone: the timeline fits the screen without sideways scrolling", { skip }, async () => {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.goto(base + "/timeline");
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the screen`);
  await shot(phone, "timeline-phone");
  await phone.goto(base + "/events/" + encodeURIComponent((await store.knowledge.timeline({}))[0]!.key));
  assert.ok((await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 1);
  await shot(phone, "event-phone");
  await phone.close();
});
