import { test } from "node:test";
import assert from "node:assert/strict";
import type { ChairPeriodRow } from "../knowledge/api.ts";
import type { EvidenceRow } from "../store/types.ts";
import { addYears, chairTerms, statedTermYears } from "./chair-terms.ts";

const ev = (sentence: string): EvidenceRow => ({ articleId: 1, articleSlug: "a", start: 0, end: 1, sentenceStart: 0, sentenceEnd: sentence.length, sentence, rule: "t" });
const period = (state: string, start: string | null, end: string | null, sentence = ""): ChairPeriodRow =>
  ({ org: "CSTO", state, start, end, starts: [], sources: [], evidence: [ev(sentence)] });

test("the stated term is read from the source sentences", () => {
  assert.equal(statedTermYears(["Kazakhstan took over the chairmanship for one year."]), 1);
  assert.equal(statedTermYears(["It chairs for a two-year term."]), 2);
  assert.equal(statedTermYears(["Kazakhstan took over the chairmanship."]), null);
  assert.equal(addYears("2018-11-08", 1), "2019-11-08");
});

test("an end taken from the next known chair gives way to the stated term; unknown ends stay open", () => {
  const row = { org: "CSTO", periods: [
    period("Kazakhstan", "2018-11-08", "2021-09-16", "Kazakhstan chairs the CSTO for one year from November 8, 2018."),
    period("Tajikistan", "2021-09-16", null),
    period("Armenia", null, "2017-11-30"),
  ] };
  const [kz, tj, am] = chairTerms(row, []);
  assert.deepEqual([kz!.end, kz!.endFrom, kz!.termYears], ["2019-11-08", "term", 1]);
  assert.deepEqual([tj!.end, tj!.endFrom], [null, "open"]);
  assert.deepEqual([am!.start, am!.end, am!.endFrom], [null, "2017-11-30", "source"]);
});

test("a term in a handover sentence belongs to the state that takes over", () => {
  const s = "The CSTO chairmanship was transferred from Kazakhstan to Kyrgyzstan for the next inter-sessional period of one year.";
  const states = ["Kazakhstan", "Kyrgyzstan"];
  assert.equal(statedTermYears([s], "Kyrgyzstan", states), 1);
  assert.equal(statedTermYears([s], "Kazakhstan", states), null);
});
