import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf } from "./test-helpers.ts";

test("a body acting at a date and place is a meeting of it", () => {
  const [e] = eventsOf("The CSTO Collective Security Council adopted a statement in Moscow on May 16, 2022.", "2022-05-17");
  assert.deepEqual(e?.bodies, ["Collective Security Council"]);
  assert.equal(e?.city, "Moscow");
  assert.deepEqual(e?.documents, ["statement"]);
});

test("'a day earlier' and 'on the eve' date a second meeting from the first", () => {
  const text =
    "The CIS Council of Heads of State met in Dushanbe on October 13, 2023. A day earlier, the CIS Council of Foreign Ministers met there too.";
  const es = eventsOf(text, "2023-10-14");
  const cfm = es.find((e) => e.bodies.includes("Council of Foreign Ministers"));
  assert.equal(cfm?.start, "2023-10-12");
  assert.equal(cfm?.city, "Dushanbe");
});

test("past sessions listed with their places and dates are one event each", () => {
  const text = "Earlier sessions of the CSTO Council of Defence Ministers in Moscow (May, 2019) and Bishkek (November, 2019) dealt with drills.";
  const es = eventsOf(text, "2020-06-01");
  assert.deepEqual(es.map((e) => [e.city, e.start]), [["Moscow", "2019-05"], ["Bishkek", "2019-11"]]);
});

test("sentences about 'the meeting' add to the event: participants, absentees left out, documents", () => {
  const text =
    "A meeting of the CSTO Council of Foreign Ministers took place in Almaty on June 30, 2016. " +
    "The meeting was attended by Russian Foreign Minister Sergei Lavrov and Belarusian Foreign Minister Vladimir Makei. " +
    "Armenian Foreign Minister Edward Nalbandian did not attend the meeting. " +
    "The ministers approved a statement on the fight against terrorism and a plan of consultations for 2017.";
  const [e] = eventsOf(text, "2016-07-01");
  assert.deepEqual(e?.attendees, ["Sergei Lavrov", "Vladimir Makei"]);
  assert.deepEqual(e?.states, ["Russia", "Belarus"]);
  assert.deepEqual(e?.documents, ["statement on the fight against terrorism", "plan of consultations for 2017"]);
});

test("a treaty signed at a stated place and date is a held meeting of no body", () => {
  const es = eventsOf("The Collective Security Treaty was signed in Tashkent on May 15, 1992.", "2020-01-01");
  assert.equal(es.length, 1);
  assert.equal(es[0]?.org, null);
  assert.deepEqual(es[0]?.documents, ["Collective Security Treaty"]);
  assert.equal(es[0]?.city, "Tashkent");
});
