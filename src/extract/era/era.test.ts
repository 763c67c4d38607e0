import { test } from "node:test";
import assert from "node:assert/strict";
import { processArticle } from "../../pipeline.ts";
import { windowFromTerms } from "./terms.ts";

const run = (text: string) => processArticle({ id: "t", source: "t.txt", text });

test("an undated summit report takes its year from the one known session matching body, city and day", () => {
  const p = run(
    "YEREVAN – The leaders of the CSTO member states met in Yerevan Oct. 14 for a session of the Collective Security Council.\n\n" +
      "CSTO Secretary General Nikolai Bordyuzha told reporters the session went well.",
  );
  assert.equal(p.facts.published, null, "the article's own date stays unknown");
  assert.equal(p.era?.date, "2016-10-14");
  const ev = p.facts.events.find((e) => e.bodies.includes("Collective Security Council"));
  assert.equal(ev?.start, "2016-10-14");
});

test("with no day in the text, the terms of the people named pick the session; the date's rule says so", () => {
  const p = run(
    "President of Kyrgyzstan Sadyr Japarov took part in a session of the CSTO Collective Security Council held in Yerevan. " +
      "The summit was chaired by Armenian Prime Minister Nikol Pashinyan.",
  );
  const ev = p.facts.events[0];
  assert.equal(ev?.start, "2022-11-23");
  assert.ok(ev?.evidence.some((e) => e.rule === "era:session-calendar"));
});

test("two possible sessions, a day that matches none, or a dated article: nothing is inferred", () => {
  // Dushanbe hosted CSC sessions in 2003, 2007, 2015 and 2021; nothing here tells them apart.
  assert.equal(run("The CSTO Collective Security Council met in Dushanbe to discuss Afghanistan.").era, null);
  assert.equal(run("CSTO leaders met in Dushanbe on March 3 for a session of the Collective Security Council.").era, null);
  const dated = run("May 24, 2018\n\nCSTO Secretary General Nikolai Bordyuzha spoke at the Collective Security Council session in Dushanbe.");
  assert.equal(dated.era, null);
});

test("terms of office intersect; terms that cannot overlap conclude nothing", () => {
  const person = (name: string, title: string, of: string) => ({ name, roles: [{ title, of }], evidence: [] });
  const w = windowFromTerms([person("Nikolai Bordyuzha", "Secretary General", "CSTO"), person("Almazbek Atambayev", "President", "Kyrgyzstan")]);
  assert.deepEqual([w?.from, w?.to], ["2010-12-01", "2017-12-31"], "the intersection, a year of margin each side");
  assert.equal(windowFromTerms([person("Stanislav Zas", "Secretary General", "CSTO"), person("Islam Karimov", "President", "Uzbekistan")]), null);
  assert.equal(windowFromTerms([person("Somebody Unknown", "President", "Kazakhstan")]), null);
});

test("a two-day summit matches its session by either day", () => {
  const p = run("QINGDAO – Leaders of the SCO member states met in Qingdao on June 9 for the meeting of the Council of Heads of State.");
  assert.equal(p.era?.date, "2018-06-10");
});
