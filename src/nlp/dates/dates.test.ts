import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./index.ts";

// 2019-03-14 is a Thursday.
const REF = "2019-03-14";
const one = (text: string, refDate: string | null = REF) => {
  const ds = findDates(text, { refDate });
  assert.equal(ds.length, 1, `one date in ${JSON.stringify(text)}, got ${JSON.stringify(ds.map((d) => d.text))}`);
  return ds[0]!;
};
const values = (text: string, refDate: string | null = REF) => findDates(text, { refDate }).map((d) => d.value);

test("day and month with or without a year, abbreviated or not", () => {
  assert.equal(one("The ministers gather in Bishkek Oct. 3 for talks.").value, "2019-10-03");
  assert.equal(one("Signed on Sept.9 by both sides.", "2019-10-01").value, "2019-09-09");
  assert.deepEqual(one("a session on 12 June 2016 in Dushanbe").stated, { year: true, month: true, day: true });
  assert.equal(one("a session on 12 June 2016 in Dushanbe").value, "2016-06-12");
  assert.equal(one("It ratified the pact on April 7, 2011.").value, "2011-04-07");
  assert.equal(one("The order of 17.02.2020 stands.").value, "2020-02-17");
});

test("a month without a year is stated as a month and takes the year from the reference", () => {
  const d = one("The summit is due in October in Minsk.");
  assert.equal(d.value, "2019-10");
  assert.deepEqual(d.stated, { year: false, month: true, day: false });
  assert.equal(one("The drills were held in October near Osh.").value, "2018-10");
  assert.equal(one("Leaders will meet again in January.", "2019-11-20").value, "2020-01");
});

test("spans of days", () => {
  const a = one("Troops train on July 9-12 near Brest.");
  assert.deepEqual([a.value, a.endValue], ["2019-07-09", "2019-07-12"]);
  const b = one("The forum runs 4–6 September, 2017 in Sochi.");
  assert.deepEqual([b.value, b.endValue], ["2017-09-04", "2017-09-06"]);
  const c = one("Talks from 2 to 5 June in Baku.");
  assert.deepEqual([c.value, c.endValue], ["2019-06-02", "2019-06-05"]);
  const d = one("to be held 10-11 of April");
  assert.deepEqual([d.value, d.endValue], ["2019-04-10", "2019-04-11"]);
});

test("weekdays fall in the article's week unless the tense says otherwise", () => {
  const pair = one("Envoys confer in Almaty on Monday and Tuesday.");
  assert.deepEqual([pair.value, pair.endValue, pair.relative], ["2019-03-11", "2019-03-12", true]);
  assert.equal(one("The talks opened on Saturday, an aide said.").value, "2019-03-09");
  assert.equal(one("They will meet on Tuesday.").value, "2019-03-19");
});

test("relative expressions resolve as far as the reference allows", () => {
  assert.equal(one("The council met today.").value, "2019-03-14");
  assert.equal(one("It was agreed yesterday.").value, "2019-03-13");
  assert.equal(one("Plans for next year are ready.").value, "2020");
  assert.equal(one("in the second half of this year").value, "2019");
  assert.equal(one("Exports fell last year.").value, "2018");
  assert.equal(one("The council met today.", "2019-03").value, "2019-03");
  assert.deepEqual(one("The council met today.").stated, { year: false, month: false, day: false });
});

test("years, year spans, partial ISO dates and a bracketed year", () => {
  assert.equal(one("Elections are expected in 2021.").value, "2021");
  const span = one("the programme for 2021-2025 was approved");
  assert.deepEqual([span.value, span.endValue], ["2021", "2025"]);
  assert.equal(one("released 2020-07").value, "2020-07");
  const b = one("the decisions of the March (2015) meeting");
  assert.equal(b.value, "2015-03");
  assert.equal(b.stated.year, true);
});

test("without an article date, the text's own dates are the reference, and nothing else", () => {
  assert.deepEqual(values("BAKU, March 3, 2016. Ministers met on Thursday. The next talks are in May.", null), ["2016-03-03", "2016-03-03", "2016-05"]);
  assert.deepEqual(values("Ministers met on 2 April to talk about the plan adopted in 2010.", null), ["2010-04-02", "2010"]);
  assert.deepEqual(values("Ministers met on 2 April in Minsk.", null), []);
  assert.deepEqual(values("The strategy runs until 2030. They met on 5 May.", null), ["2030"]);
});

test("things that are not dates", () => {
  assert.deepEqual(values("Some 10-15 people, aged 45, came at 10:00 under Article 5."), []);
  assert.deepEqual(values("May they succeed, and they may meet. May we add that."), []);
  assert.deepEqual(values("The Shield-2019 drills involved 2000 troops."), []);
  assert.deepEqual(values("Earlier in the day, and over the past two years, nothing changed."), []);
});

test("a month after 'last' or 'next' is its nearest occurrence that way", () => {
  assert.equal(one("The party conference last October was tense.").value, "2018-10");
  assert.equal(one("The strategy is due next February.").value, "2020-02");
  assert.equal(one("The strategy is due next May.").value, "2019-05");
});

test("a future verb phrase with a participle ('will be held') is future, not the past 'held' inside it", () => {
  assert.equal(one("The next session will be held in Moscow in December.", "2024-05-25").value, "2024-12");
  assert.equal(one("The forum is to be convened in February.", "2024-05-25").value, "2025-02");
  assert.equal(one("The session was held in Moscow in December.", "2024-05-25").value, "2023-12");
});

test("against a date implied by reference knowledge, stated dates take its year and 'today' stays unresolved", () => {
  const ds = findDates("The ministers met on 12 April; today the chair spoke. The summit is set for this year.", { refDate: "2024-10-08", implied: true });
  assert.deepEqual(ds.map((d) => [d.text, d.value]), [["12 April", "2024-04-12"], ["this year", "2024"]]);
});

test("without the article's date, a relative date is no more precise than the year the text states", () => {
  const ds = findDates("The reform was agreed in 2000. Leaders meet later in the week, and again next year.", { refDate: null });
  assert.deepEqual(ds.map((d) => [d.text, d.value]), [["2000", "2000"], ["in the week", "2000"], ["next year", "2001"]]);
});

test("issue 3's shapes in sentences of our own: abbreviated months, weekday pairs, 'starting from'", () => {
  assert.equal(one("Ministers will convene in Dushanbe on Nov. 8.", "2026-10-20").value, "2026-11-08");
  const pair = one("The councils are meeting in Minsk on Monday and Tuesday.", "2026-06-17");
  assert.deepEqual([pair.value, pair.endValue], ["2026-06-15", "2026-06-16"]);
  assert.equal(one("Tajikistan is ready to chair the organization starting from January 1, 2027.", "2026-11-25").value, "2027-01-01");
  const half = one("The summit will be held in the second half of this year.", "2026-03-02");
  assert.equal(half.value, "2026");
});

test("without the article's date, a date stated earlier beats a later one in the same sentence", () => {
  const ds = findDates("On 15 February 2024, the envoys met. They prepared the meeting on 27 March and reviewed the session of 23 November 2023.", { refDate: null });
  assert.deepEqual(ds.map((d) => d.value), ["2024-02-15", "2024-03-27", "2023-11-23"]);
});
