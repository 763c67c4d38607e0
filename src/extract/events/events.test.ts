import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf } from "./test-helpers.ts";

test("a held summit: body from the organization's summit body, place, chair, attendees, states, count", () => {
  const text =
    "The leaders of the Collective Security Treaty Organization met in Bishkek on October 14, 2021. " +
    "The summit was chaired by Kyrgyz President Sadyr Japarov and attended by Russian President Vladimir Putin and Belarusian President Alexander Lukashenko. " +
    "At the end of the meeting the heads of state signed 9 documents.";
  const [e, ...rest] = eventsOf(text, "2021-10-15");
  assert.equal(rest.length, 0);
  assert.ok(e);
  assert.equal(e.kind, "meeting");
  assert.equal(e.status, "held");
  assert.equal(e.org, "CSTO");
  assert.deepEqual(e.bodies, ["Collective Security Council"]);
  assert.equal(e.start, "2021-10-14");
  assert.equal(e.city, "Bishkek");
  assert.equal(e.country, "Kyrgyzstan");
  assert.equal(e.chair, "Sadyr Japarov");
  assert.deepEqual(new Set(e.attendees), new Set(["Sadyr Japarov", "Vladimir Putin", "Alexander Lukashenko"]));
  assert.deepEqual(new Set(e.states), new Set(["Kyrgyzstan", "Russia", "Belarus"]));
  assert.equal(e.documents_signed, 9);
  assert.ok(e.evidence.length >= 2);
});

test("a meeting announced for later is planned; one held earlier the same week is held", () => {
  const text =
    "The CSTO Council of Defence Ministers will hold its next meeting in Dushanbe on December 3, 2020. " +
    "On November 20, 2020, the CSTO Committee of Secretaries of Security Councils met in Moscow.";
  const es = eventsOf(text, "2020-11-25");
  const planned = es.find((e) => e.status === "planned");
  const held = es.find((e) => e.status === "held");
  assert.deepEqual(planned?.bodies, ["Council of Defence Ministers"]);
  assert.equal(planned?.city, "Dushanbe");
  assert.equal(planned?.start, "2020-12-03");
  assert.deepEqual(held?.bodies, ["Committee of Secretaries of Security Councils"]);
  assert.equal(held?.start, "2020-11-20");
  assert.equal(held?.city, "Moscow");
});

test("a joint meeting of two councils is one event; a summit the same day is another", () => {
  const text =
    "A joint session of the CSTO Council of Foreign Ministers and the Council of Defence Ministers took place in Minsk on November 29, 2017. " +
    "The CSTO summit was held in Minsk on November 30, 2017.";
  const es = eventsOf(text, "2017-12-01");
  assert.equal(es.length, 2);
  assert.deepEqual(es[0]?.bodies, ["Council of Foreign Ministers", "Council of Defence Ministers"]);
  assert.deepEqual(es[1]?.bodies, ["Collective Security Council"]);
  assert.equal(es[1]?.start, "2017-11-30");
});

test("an exercise: its name, its span, its country, and the states whose troops took part", () => {
  const text =
    "The CSTO exercise Rubezh-2019 began in Kyrgyzstan on September 9, 2019 and will run until September 13, 2019. " +
    "Troops from Kazakhstan, Russia and Tajikistan take part in the drills.";
  const [e] = eventsOf(text, "2019-09-10");
  assert.equal(e?.kind, "exercise");
  assert.equal(e?.name, "Rubezh-2019");
  assert.equal(e?.status, "held");
  assert.equal(e?.start, "2019-09-09");
  assert.equal(e?.end, "2019-09-13");
  assert.equal(e?.country, "Kyrgyzstan");
  assert.deepEqual(e?.bodies, []);
  assert.deepEqual(new Set(e?.states), new Set(["Kazakhstan", "Russia", "Tajikistan"]));
});

test("a videoconference has no city", () => {
  const [e] = eventsOf("The CSTO Council of Foreign Ministers held a session via videoconference on June 16, 2020.", "2020-06-17");
  assert.equal(e?.start, "2020-06-16");
  assert.equal(e?.city, null);
  assert.equal(e?.country, null);
});

test("a session mentioned in passing is a held historical event", () => {
  const text = "The decision goes back to a session of the CSTO Collective Security Council in Yerevan on June 23, 2001.";
  const [e] = eventsOf(text, "2015-03-01");
  assert.equal(e?.status, "held");
  assert.equal(e?.start, "2001-06-23");
  assert.equal(e?.city, "Yerevan");
});

test("a body that is merely named, or a meeting with no date or place, is no event", () => {
  assert.deepEqual(eventsOf("The CSTO Joint Staff is based in Moscow.", "2020-01-01"), []);
  assert.deepEqual(eventsOf("The ministers discussed a meeting of the CSTO Council of Foreign Ministers.", "2020-01-01"), []);
});

test("a bilateral meeting with an official is not an organization's event", () => {
  assert.deepEqual(eventsOf("President Ilham Aliyev met with CSTO Secretary General Stanislav Zas in Baku on May 5, 2021.", "2021-05-06"), []);
});

test("a summit chaired by a state is chaired by its leader", () => {
  const text =
    "The summit of the Council of Heads of State of the Shanghai Cooperation Organization (SCO), chaired by Uzbekistan, took place in Samarkand on September 16, 2022. " +
    "Uzbek President Shavkat Mirziyoyev hosted President of China Xi Jinping and President of Russia Vladimir Putin.";
  const [e] = eventsOf(text, "2022-09-17");
  assert.equal(e?.org, "SCO");
  assert.deepEqual(e?.bodies, ["Council of Heads of State"]);
  assert.equal(e?.chair, "Shavkat Mirziyoyev");
});

test("an exercise at a training ground in a region is in the region's country; a named exercise needs no date", () => {
  const [ex] = eventsOf("The tactical exercise of the CSTO peacekeeping forces began at the Balkhash range in the Karaganda region on Tuesday.", "2025-09-10");
  assert.equal(ex?.kind, "exercise");
  assert.equal(ex?.country, "Kazakhstan");
  assert.equal(ex?.city, null);
  const named = eventsOf('The joint exercise "Cobalt-2025" of the CSTO special forces units kicked off on Monday.');
  assert.equal(named.length, 1);
  assert.equal(named[0]?.name, "Cobalt-2025");
});

test("'gather' names a meeting of its subject; 'the day before the summit' dates the summit the next day", () => {
  const evs = eventsOf("Defence ministers of the CSTO member states will gather in Bishkek on October 9, the day before the CSTO summit.", "2025-09-01");
  const cdm = evs.find((e) => e.bodies.includes("Council of Defence Ministers"));
  const csc = evs.find((e) => e.bodies.includes("Collective Security Council"));
  assert.deepEqual([cdm?.start, cdm?.city, cdm?.status], ["2025-10-09", "Bishkek", "planned"]);
  assert.deepEqual([csc?.start, csc?.city], ["2025-10-10", "Bishkek"]);
  const ahead = eventsOf("Foreign ministers met in Minsk on March 3 ahead of the CSTO summit.", "2025-03-05");
  assert.equal(ahead.find((e) => e.bodies.includes("Collective Security Council"))?.start ?? null, null);
});

test("documents: a stated total wins, 'and N other documents' counts the named ones, titles stop before it", () => {
  const [ev] = eventsOf(
    "A session of the CSTO Collective Security Council was held in Yerevan on 10 October. The leaders signed a Declaration on Stability, a Statement on Border Security and 7 other documents.",
    "2025-10-11",
  );
  assert.equal(ev?.documents_signed, 9);
  assert.deepEqual(ev?.documents, ["Declaration on Stability", "Statement on Border Security"]);
  const [total] = eventsOf("The CIS Council of Heads of Government met in Minsk on 3 June. The premiers signed 5 agreements and approved 4 decisions. In total, 9 documents were adopted.", "2025-06-04");
  assert.equal(total?.documents_signed, 9);
});

test("a relative clause after the event dates something else; 'the previous meeting' is an event of its own", () => {
  const evs = eventsOf("The next CSTO summit will be held in 2026 in Russia, which will take over the chairmanship on January 1, 2026.", "2025-11-28");
  assert.equal(evs[0]?.start, "2026");
  const two = eventsOf(
    "The CSTO Council of Defence Ministers will meet in Moscow on 12 June. The previous meeting of the council took place in Bishkek on 7 November 2024 under the chairmanship of Kyrgyz Defence Minister Almaz Tursunov.",
    "2025-05-20",
  );
  const prev = two.find((e) => e.city === "Bishkek");
  assert.deepEqual([prev?.status, prev?.start, prev?.bodies], ["held", "2024-11-07", ["Council of Defence Ministers"]]);
  assert.equal(two.find((e) => e.city === "Moscow")?.status, "planned");
});

test("a chair named before an aside ('X, whose country holds the presidency, chaired'); a side meeting is where the session is", () => {
  const evs = eventsOf(
    "The SCO Council of Heads of State met in Tashkent on 5 July. Uzbek President Bakhtiyor Nurmatov, whose country holds the SCO presidency, chaired the meeting. Within the framework of the summit, a meeting of the Council of Foreign Ministers was held on 4 July.",
    "2026-07-06",
  );
  const summit = evs.find((e) => e.bodies.includes("Council of Heads of State"));
  const cfm = evs.find((e) => e.bodies.includes("Council of Foreign Ministers"));
  assert.equal(summit?.chair, "Bakhtiyor Nurmatov");
  assert.deepEqual([cfm?.start, cfm?.city], ["2026-07-04", "Tashkent"]);
});

test("a headline infinitive is planned; talks on the sidelines of a session date and place the session", () => {
  const [ex] = eventsOf("CSTO peacekeeping drills to begin in Kazakhstan\n\nThe drills will run in October.", "2026-09-01");
  assert.equal(ex?.status, "planned");
  const [cfm] = eventsOf(
    "The ministers of Armenia and Belarus held talks in Minsk on Monday on the sidelines of the session of the CSTO Council of Foreign Ministers. The session adopted a statement on the situation in Afghanistan.",
    "2026-06-03",
  );
  assert.deepEqual([cfm?.bodies, cfm?.city, cfm?.start], [["Council of Foreign Ministers"], "Minsk", "2026-06-01"]);
  assert.deepEqual(cfm?.documents, ["statement on the situation in Afghanistan"]);
});

test("the day a statement was made does not date the event it is about", () => {
  const [ev] = eventsOf("The CSTO Council of Foreign Ministers will meet in Almaty in June, the Kazakh Foreign Ministry announced on March 3.", "2026-03-04");
  assert.deepEqual([ev?.start, ev?.status], ["2026-06", "planned"]);
});

test("in an article about one organization, 'a session in Yerevan in November 2022' is its meeting; 'the summit in Minsk' is another event than the main one", () => {
  const evs = eventsOf(
    "The CSTO summit will be held in Astana in November. At a session in Yerevan in November 2022, the Armenian leader refused to sign the declaration. A year later he skipped the summit in Minsk.",
    "2024-03-03",
  );
  const yerevan = evs.find((e) => e.city === "Yerevan");
  assert.deepEqual([yerevan?.org, yerevan?.status, yerevan?.start], ["CSTO", "held", "2022-11"]);
  const minsk = evs.find((e) => e.city === "Minsk");
  assert.deepEqual([minsk?.bodies, minsk?.start], [["Collective Security Council"], null], "'a year later' counts from the event before, so no date");
  assert.equal(evs.find((e) => e.city === "Astana")?.status, "planned");
  assert.deepEqual(eventsOf("The CSTO is growing. A meeting was useful, he said.", "2024-03-03"), []);
});

test("'the implementation of decisions adopted at the session' names no document", () => {
  const [ev] = eventsOf("They discussed the implementation of decisions adopted at the CSTO summit in Minsk on 23 November 2023.", "2024-02-15");
  assert.deepEqual(ev?.documents, []);
});

test("a report filed from a dateline city about a session given no date or place is dated and placed by the dateline", () => {
  const [ev] = eventsOf('BISHKEK, June 4 (Kabar) - "We need unity," the Kyrgyz leader said at the session of the CSTO Council of Foreign Ministers.', "2026-06-04");
  assert.deepEqual([ev?.city, ev?.start, ev?.bodies], ["Bishkek", "2026-06-04", ["Council of Foreign Ministers"]]);
  const [elsewhere] = eventsOf("MOSCOW, June 4 (TASS) - The CSTO Council of Foreign Ministers met in Minsk on June 3.", "2026-06-04");
  assert.equal(elsewhere?.city, "Minsk", "a place in the text beats the dateline");
});

test("an exercise name drops a leading abbreviation and sets the year of dates stated without one", () => {
  const [a] = eventsOf("The CSTO Rubezh-2023 exercise ended in Kyrgyzstan.", "2024-09-03");
  assert.equal(a?.name, "Rubezh-2023");
  const [b] = eventsOf("The CSTO peacekeeping exercise Indestructible Brotherhood-2022 was held in Kazakhstan on 26-30 September.", "2024-09-03");
  assert.deepEqual([b?.name, b?.start, b?.end], ["Indestructible Brotherhood-2022", "2022-09-26", "2022-09-30"]);
});

test("a meeting's documents do not leak into an exercise the same article reports", () => {
  const events = eventsOf(
    "The CSTO Council of Defence Ministers met in Minsk on May 20, 2024. The CSTO exercise Interaction-2024 began in Belarus on May 21, 2024. The ministers adopted a declaration on military cooperation.",
    "2024-05-22",
  );
  const drill = events.find((e) => e.kind === "exercise")!;
  const meeting = events.find((e) => e.kind === "meeting")!;
  assert.deepEqual(drill.documents, []);
  assert.deepEqual(meeting.documents, ["declaration on military cooperation"]);
});
