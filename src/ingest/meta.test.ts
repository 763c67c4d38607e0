import { test } from "node:test";
import assert from "node:assert/strict";
import { prepareArticle } from "./prepare.ts";
import type { ArticleMeta } from "./types.ts";

const meta = (text: string, extra: { published?: string; outlet?: string } = {}): ArticleMeta =>
  prepareArticle({ id: "t", source: "t", text, ...extra }).meta;
const BODY = "Ministers of the six member states discussed the joint air defence system and approved a plan of consultations for the next year.";

test("published: a header date with its year, in the usual formats, with its span", () => {
  for (const [head, iso] of [
    ["14 June 2027 09:05", "2027-06-14"],
    ["June 14, 2027", "2027-06-14"],
    ["14.06.2027", "2027-06-14"],
    ["2027-06-14 11:30", "2027-06-14"],
    ["Published: 14 Jun 2027", "2027-06-14"],
    ["By Aigerim Sultanova June 14, 2027", "2027-06-14"],
  ]) {
    const text = `${head}\n\nAir defence plan agreed by ministers\n\n${BODY}`;
    const m = meta(text);
    assert.equal(m.published, iso, head);
    assert.ok(m.spans.published && /2027/.test(text.slice(m.spans.published.start, m.spans.published.end)), head);
  }
});

test("published: no year-less dateline date, no 'today' banner, and the container's date wins", () => {
  assert.equal(meta(`ALMATY, June 14 (Interfax) - ${BODY}`).published, null);
  const banner = `Skip to content\nMonday, June 20th, 2033\nAir defence plan agreed by ministers\n\n${BODY}`;
  assert.equal(meta(banner).published, null);
  const both = `Monday, June 20th, 2033\nAir defence plan agreed by ministers\nby June 14, 2027 Politics\n\n${BODY}`;
  assert.equal(meta(both).published, "2027-06-14");
  const stamped = `Last update: March 3, 2031 10:00\nAir defence plan agreed by ministers\nBy Staff Writer June 14, 2027\n\n${BODY}`;
  assert.equal(meta(stamped).published, "2027-06-14");
  assert.equal(meta(`MOSCOW, 14 June 2027 - ${BODY}`).published, "2027-06-14");
  assert.equal(meta(`14 June 2027\n${BODY}`, { published: "2027-06-15T08:00:00Z" }).published, "2027-06-15");
});

test("dateline: the city in its canonical name, a renamed city in the article's own name", () => {
  assert.equal(meta(`ALMATY. June 14 (Interfax) - ${BODY}`).dateline, "Almaty");
  assert.equal(meta(`TBILISI – ${BODY}`).dateline, "Tbilisi");
  assert.equal(meta(`BAKU, June 14 /TASS/. ${BODY}`).dateline, "Baku");
  assert.equal(meta(`Nur-Sultan, 14 June (Kazinform) ${BODY}`).dateline, "Nur-Sultan");
  assert.equal(meta(`LENINGRAD, June 14 (AP) — ${BODY}`).dateline, "Leningrad");
  assert.equal(meta(`SAINT PETERSBURG, June 14 (Reuters) - ${BODY}`).dateline, "St. Petersburg");
  assert.equal(meta(`KARAGANDA. KAZINFORM - ${BODY}`).dateline, "Karaganda");
  assert.equal(meta(`Almaty hosted the ministers. ${BODY}`).dateline, null);
  assert.equal(meta(`CSTO - ${BODY}`).dateline, null);
  const m = meta(`Title of the story here\n\nGYUMRI – ${BODY}`);
  assert.equal(m.dateline, "Gyumri");
  assert.deepEqual(m.spans.dateline, { start: 25, end: 31 });
});

test("outlet: the text's own credit or call to action, not an agency it cites", () => {
  assert.equal(meta(`ALMATY. June 14 (Interfax) - ${BODY}`).outlet, "Interfax");
  assert.equal(meta(`BAKU, June 14 /ITAR-TASS/. ${BODY}`).outlet, "TASS");
  assert.equal(meta(`YEREVAN, JUNE 14, ARMENPRESS. ${BODY}`).outlet, "Armenpress");
  assert.equal(meta(`${BODY}\nSource: Steppe Courier`).outlet, "Steppe Courier");
  assert.equal(meta(`${BODY}\nGet The Steppe Courier stories sent directly to you!`).outlet, "The Steppe Courier");
  assert.equal(meta(`${BODY}\nFollow Steppe Courier's official Telegram channel.`).outlet, "Steppe Courier");
  assert.equal(meta(`${BODY}\n© 2027 Steppe Courier. All rights reserved.`).outlet, "Steppe Courier");
  assert.equal(meta(`ALMATY – ${BODY} The talks will resume in July, TASS reported.`).outlet, null);
  assert.equal(meta(`${BODY} Xinhua said the plan covers radar sharing.`).outlet, null);
  assert.equal(meta(`ALMATY. June 14 (Interfax) - ${BODY}`, { outlet: "Given Wire" }).outlet, "Given Wire");
});

test("title: the headline above the body, none when the text opens with its story", () => {
  assert.equal(meta(`Menu\nNews\nAir defence plan agreed by ministers\n\n${BODY}`).title, "Air defence plan agreed by ministers");
  assert.equal(meta(`${BODY}\nA second paragraph follows here.`).title, null);
  assert.equal(meta(`ALMATY – ${BODY}`).title, null);
  const wrapped = "The ministers of the six member states\ndiscussed the joint air defence system\nand approved a plan.";
  assert.equal(meta(wrapped).title, null);
});

test("more shapes: an American slash date in the header, a trailing 'Source: X' credit, '(Agency) -' in the first line", () => {
  const slash = prepareArticle({ id: "a", source: "a", text: "Leaders meet\nThu, 11/23/2023 - 14:05\n\nYEREVAN, NOVEMBER 23, ARMENPRESS. The CSTO leaders met." });
  assert.equal(slash.meta.published, "2023-11-23");
  const source = prepareArticle({ id: "b", source: "b", text: "Talks held\n\nThe CSTO ministers met in Bishkek. Source: Kabar" });
  assert.equal(source.meta.outlet, "Kabar");
  const paren = prepareArticle({ id: "c", source: "c", text: "Talks held\nMay 3, 2024\n\nThe ministers (Reuters) - The CSTO ministers met in Bishkek." });
  assert.equal(paren.meta.outlet, "Reuters");
  const unknown = prepareArticle({ id: "d", source: "d", text: "Talks held\n\nThe ministers met. Source: the ministry website" });
  assert.equal(unknown.meta.outlet, null, "only a known outlet is taken from inside a line");
});
