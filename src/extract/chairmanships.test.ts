import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeText } from "../nlp/analyze.ts";
import { extractChairmanships } from "./chairmanships.ts";

const facts = (text: string, refDate: string | null = "2021-09-16") =>
  extractChairmanships(analyzeText(text, { refDate })).map(({ org, state, start, end }) => ({ org, state, start, end }));

test("a handover at a meeting starts the new chair and ends the old one on the meeting's date", () => {
  const text =
    "DUSHANBE, Sept 16 - Leaders of the CSTO member states met in Dushanbe on Thursday. " +
    "At the end of the session the chairmanship of the organization passed from Tajikistan to Armenia.";
  assert.deepEqual(facts(text), [
    { org: "CSTO", state: "Tajikistan", start: null, end: "2021-09-16" },
    { org: "CSTO", state: "Armenia", start: "2021-09-16", end: null },
  ]);
});

test("a state handing the chairmanship over to another, with the date in the sentence", () => {
  const text = "On 12 October 2019 Kyrgyzstan handed over the CIS chairmanship to Turkmenistan.";
  assert.deepEqual(facts(text, null), [
    { org: "CIS", state: "Kyrgyzstan", start: null, end: "2019-10-12" },
    { org: "CIS", state: "Turkmenistan", start: "2019-10-12", end: null },
  ]);
});

test("taking over, being ready to take on, and chairing during a year", () => {
  assert.deepEqual(facts("Russia is ready to take over the chairmanship of the SCO from January 1, 2025."), [
    { org: "SCO", state: "Russia", start: "2025-01-01", end: null },
  ]);
  assert.deepEqual(facts("Belarus chairs the EAEU bodies in 2022, the minister recalled."), [
    { org: "EAEU", state: "Belarus", start: "2022", end: null },
  ]);
  assert.deepEqual(facts("The CSTO envoy noted that Armenia chairs the organization this year."), [
    { org: "CSTO", state: "Armenia", start: "2021", end: null },
  ]);
});

test("possessive and adjectival forms, and a demonym 'side' under whose chairmanship a meeting is held", () => {
  assert.deepEqual(facts("The CSTO ministers reviewed the results of Kazakhstan's chairmanship in 2020."), [
    { org: "CSTO", state: "Kazakhstan", start: "2020", end: null },
  ]);
  assert.deepEqual(facts("The talks were held under the chairmanship of the Uzbek side within the SCO."), [
    { org: "SCO", state: "Uzbekistan", start: null, end: null },
  ]);
  assert.deepEqual(facts("The CIS summit, chaired by Turkmenistan, opened in Ashgabat."), [
    { org: "CIS", state: "Turkmenistan", start: null, end: null },
  ]);
});

test("the organization comes from the article when the sentence names none", () => {
  const text = "The CSTO foreign ministers met in Minsk.\n\nBelarus will take over the presidency soon, the minister said.";
  assert.deepEqual(facts(text), [{ org: "CSTO", state: "Belarus", start: null, end: null }]);
});

test("a person chairing, a country's presidency and a chairman's title are not chairmanships of a state", () => {
  assert.deepEqual(facts("The CSTO meeting was held under the chairmanship of Kazakh Defence Minister Ruslan Zhaksylykov."), []);
  assert.deepEqual(facts("The CSTO session was chaired by Armenian Prime Minister Nikol Pashinyan."), []);
  assert.deepEqual(facts("Tokayev won the presidency of Kazakhstan in 2019."), []);
  assert.deepEqual(facts("President of Tajikistan, Chairman of the CSTO Collective Security Council Emomali Rahmon spoke."), []);
  assert.deepEqual(facts("Kazakhstan's Tokayev took over the presidency in 2019."), []);
});

test("other wordings of holding and receiving the chairmanship", () => {
  assert.deepEqual(facts("In 2023 the chairmanship in the CSTO passes to Belarus, the ministers agreed."), [
    { org: "CSTO", state: "Belarus", start: "2023", end: null },
  ]);
  assert.deepEqual(facts("Kazakhstan, which holds the rotating chairmanship of the CIS, hosted the talks."), [
    { org: "CIS", state: "Kazakhstan", start: null, end: null },
  ]);
  assert.deepEqual(facts("Russia to chair the CSTO in 2026."), [{ org: "CSTO", state: "Russia", start: "2026", end: null }]);
  assert.deepEqual(facts("Priorities of Tajikistan's CSTO chairmanship were presented."), [
    { org: "CSTO", state: "Tajikistan", start: null, end: null },
  ]);
  assert.deepEqual(facts("The CSTO meeting was opened by Kyrgyzstan as the presiding country."), [
    { org: "CSTO", state: "Kyrgyzstan", start: null, end: null },
  ]);
});

test("a state that took over the chairmanship did so at the meeting the article reports", () => {
  const text = "MINSK, 20 May - The CIS heads of government met in Minsk on Friday. Kazakhstan took over the chairmanship.";
  assert.deepEqual(facts(text, "2022-05-21"), [{ org: "CIS", state: "Kazakhstan", start: "2022-05-20", end: null }]);
  assert.deepEqual(facts("The CSTO summit was opened by the presiding country, Armenia."), [
    { org: "CSTO", state: "Armenia", start: null, end: null },
  ]);
});

test("presiding over, and being the current chair; a country in a person's title is not", () => {
  assert.deepEqual(facts("Russia will preside over the CIS in 2024."), [{ org: "CIS", state: "Russia", start: "2024", end: null }]);
  assert.deepEqual(facts("Tajikistan, the current chair of the CSTO, proposed the agenda."), [
    { org: "CSTO", state: "Tajikistan", start: null, end: null },
  ]);
  assert.deepEqual(facts("The President of Tajikistan, the chair of the CSTO Council, spoke first."), []);
});

test("a country's presidency is its head of state's office unless an organization is beside it", () => {
  assert.deepEqual(facts("The Russian presidency said Putin would attend the CSTO summit."), []);
  assert.deepEqual(facts("The Russian presidency of the CSTO ends in December."), [
    { org: "CSTO", state: "Russia", start: null, end: "2021-12" },
  ]);
});

test("a state in a relative clause that will assume the chairmanship on a date", () => {
  const doc = analyzeText("The next summit will be held in Kyrgyzstan, which will assume the chairmanship of the CSTO on January 1, 2025.", { refDate: "2024-11-28" });
  assert.deepEqual(extractChairmanships(doc).map((c) => [c.org, c.state, c.start]), [["CSTO", "Kyrgyzstan", "2025-01-01"]]);
});

test("a leader's state holds the chairmanship: 'X, whose country holds the rotating presidency'", () => {
  const doc = analyzeText("Kyrgyz President Temir Osmonov, whose country holds the CSTO rotating chairmanship, opened the talks.", { refDate: "2026-03-01" });
  assert.deepEqual(extractChairmanships(doc).map((c) => [c.org, c.state]), [["CSTO", "Kyrgyzstan"]]);
});

test("a meeting held under a state's chairmanship dates its holding by the year only", () => {
  const doc = analyzeText("The meeting of the CIS Council of Heads of State was held today in Dushanbe under the chairmanship of Tajikistan.", { refDate: "2025-10-10" });
  assert.deepEqual(extractChairmanships(doc).map((c) => [c.org, c.state, c.start]), [["CIS", "Tajikistan", "2025"]]);
});
