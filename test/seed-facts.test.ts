// End-to-end on the bundled seed examples: raw text in, SCHEMA.md facts out, through the whole pipeline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { processArticle } from "../src/pipeline.ts";
import { EXAMPLES } from "./helpers.ts";

const facts = (id: string) => processArticle({ id, source: join(EXAMPLES, `${id}.txt`), text: readFileSync(join(EXAMPLES, `${id}.txt`), "utf8") }).facts;

test("seed-004: the CSSC meeting in Astana signed 11 documents under Nurlan Yermekbayev's chairmanship", () => {
  const f = facts("seed-004");
  const meeting = f.events.find((e) => e.documents_signed === 11);
  assert.ok(meeting, `no event with 11 documents signed: ${JSON.stringify(f.events.map((e) => [e.bodies, e.start]))}`);
  assert.equal(meeting.chair, "Nurlan Yermekbayev");
  assert.equal(meeting.org, "CSTO");
  assert.equal(meeting.status, "held");
  assert.deepEqual(meeting.bodies, ["Committee of Secretaries of Security Councils"]);
  assert.equal(meeting.start, "2018-05-24");
  assert.equal(meeting.city, "Astana");
  assert.ok(meeting.attendees.includes("Yuri Khachaturov"));
  assert.ok(meeting.evidence.length > 0 && meeting.evidence.every((e) => e.end > e.start && e.rule));
});

test("seed-004: the page's 'today' banner is not its publication date; the byline is", () => {
  const f = facts("seed-004");
  assert.notEqual(f.published, "2021-09-26");
  assert.equal(f.published, "2018-05-24");
});

test("seed-001: the CSTO chairmanship passes from Kazakhstan to Kyrgyzstan on 2018-11-08", () => {
  const f = facts("seed-001");
  const kg = f.chairmanships.find((c) => c.org === "CSTO" && c.state === "Kyrgyzstan");
  assert.ok(kg, `no Kyrgyz chairmanship: ${JSON.stringify(f.chairmanships)}`);
  assert.equal(kg.start, "2018-11-08");
  const kz = f.chairmanships.find((c) => c.org === "CSTO" && c.state === "Kazakhstan");
  assert.ok(kz, "the Kazakh chairmanship it passed from is a fact too");
  assert.ok(!kz.start || kz.start <= "2018-11-08");
});

test("seed-001: heads of state with their offices, and their quotes with resolved speakers", () => {
  const f = facts("seed-001");
  const person = (surname: string) => f.people.find((p) => p.name.endsWith(surname));
  assert.deepEqual(person("Nazarbayev")?.roles.map((r) => [r.title, r.of]), [["President", "Kazakhstan"]]);
  assert.ok(person("Pashinyan")?.roles.some((r) => r.title === "Acting Prime Minister" && r.of === "Armenia"));
  assert.ok(person("Semerikov")?.roles.some((r) => r.title === "Secretary General" && r.of === "CSTO"));
  assert.ok(f.quotes.length > 0 && f.quotes.every((q) => f.people.some((p) => p.name === q.speaker)));
});

test("every fact of every seed carries evidence that points into the article's text", () => {
  for (const id of ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]) {
    const text = readFileSync(join(EXAMPLES, `${id}.txt`), "utf8");
    const f = facts(id);
    for (const fact of [...f.events, ...f.people, ...f.quotes, ...f.chairmanships]) {
      assert.ok(fact.evidence.length > 0, `${id}: a fact without evidence: ${JSON.stringify(fact)}`);
      for (const ev of fact.evidence) {
        // A multi-sentence quote may run past its first sentence, but evidence always starts inside its sentence.
        assert.ok(ev.start >= ev.sentence.start && ev.start < ev.sentence.end && ev.end <= text.length, `${id}: evidence outside its sentence`);
      }
    }
  }
});
