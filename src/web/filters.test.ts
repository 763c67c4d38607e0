import { test } from "node:test";
import assert from "node:assert/strict";
import type { TimelineRow } from "../knowledge/api.ts";
import { matches, withFilter } from "./filters.ts";
import { facetsOf } from "./facets.ts";
import { fold } from "../data/load.ts";

const s = (value: string) => ({ value, sources: [{ article: "a", index: 0 }] });
const row = (o: Partial<TimelineRow>): TimelineRow => ({
  key: "a#0", kind: "meeting", status: "held", org: "CSTO", name: null, start: "2018-05-24", end: null, city: "Astana", country: "Kazakhstan",
  chair: null, documentsSigned: null, bodies: [], dates: [], cities: [s("Astana")], countries: [s("Kazakhstan")], chairs: [], attendees: [],
  states: [], documentsCounts: [], documents: [], sources: [], conflicts: [], topics: [], evidence: [], ...o,
});

test("bodies match through abbreviations and spellings, not through a shared word", () => {
  const cfm = row({ bodies: [s("Council of Foreign Ministers")] });
  const cdm = row({ bodies: [s("Council of Defence Ministers")] });
  assert.equal(matches(cfm, { body: "CFM" }), true);
  assert.equal(matches(cdm, { body: "CFM" }), false);
  assert.equal(matches(cdm, { body: "Council of Defense Ministers" }), true);
  assert.equal(matches(row({ bodies: [s("Collective Security Council")] }), { body: "CSC" }), true);
  assert.equal(matches(row({ bodies: [s("Collective Security Council")] }), { body: "Security Councils" }), false);
});

test("countries match through their variants and their cities; organizations through their names", () => {
  assert.equal(matches(row({}), { country: "Kazakstan" }), true);
  assert.equal(matches(row({}), { country: "Republic of Kazakhstan" }), true);
  assert.equal(matches(row({ countries: [], cities: [s("Nur-Sultan")] }), { country: "Kazakhstan" }), true);
  assert.equal(matches(row({}), { country: "Kyrgyzstan" }), false);
  assert.equal(matches(row({}), { org: "Collective Security Treaty Organization" }), true);
});

test("a person matches through the names of their identity; dates through from/to", () => {
  const e = row({ attendees: [s("Kassym-Jomart Tokayev")] });
  assert.equal(matches(e, { person: "Tokaev" }), false, "no identity given: literal only");
  assert.equal(matches(e, { person: "Tokaev" }, { personNames: new Set(["Kassym-Jomart Tokaev", "Kassym-Jomart Tokayev"].map(fold)) }), true);
  assert.equal(matches(e, { from: "2018-05", to: "2018" }), true);
  assert.equal(matches(e, { from: "2018-06" }), false);
  assert.equal(matches(row({ start: null }), { to: "2020" }), false);
  assert.equal(matches(row({ start: null }), { year: "undated" }), true);
  assert.equal(matches(e, { year: "undated" }), false);
});

test("facets count events per value; links keep the other filters", () => {
  const rows = [row({ bodies: [s("Council of Foreign Ministers")] }), row({ org: "SCO" }), row({ start: "2019-01-01" })];
  const org = facetsOf(rows).find((f) => f.name === "org")!;
  assert.deepEqual(org.values.map((v) => [v.value, v.count]), [["CSTO", 2], ["SCO", 1]]);
  assert.deepEqual(facetsOf(rows).find((f) => f.name === "year")!.values.map((v) => [v.value, v.count]), [["2018", 2], ["2019", 1]]);
  assert.equal(withFilter({ org: "CSTO", year: "2018" }, "year", null, "/timeline", { sort: "oldest" }), "/timeline?org=CSTO&sort=oldest");
});
