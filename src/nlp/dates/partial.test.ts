import { test } from "node:test";
import assert from "node:assert/strict";
import { addDays, dayNumber, daysApart, precision, prefixCompatible } from "./partial.ts";

test("partial dates: precision, prefixes, day arithmetic across months and leap years", () => {
  assert.deepEqual(["2018", "2018-11", "2018-11-08", "18-11", null].map(precision), ["year", "month", "day", "none", "none"]);
  assert.ok(prefixCompatible("2018", "2018-11-08") && prefixCompatible("2018-11-08", "2018-11") && !prefixCompatible("2018-12", "2018-11-08"));
  assert.equal(addDays("2024-02-28", 1), "2024-02-29");
  assert.equal(addDays("2023-03-01", -1), "2023-02-28");
  assert.equal(daysApart("2022-12-30", "2023-01-02"), 3);
  assert.equal(daysApart("2022-12", "2023-01-02"), Infinity);
  assert.equal(dayNumber("2023-02-30"), Date.UTC(2023, 1, 30) / 86_400_000, "calendar overflow is the caller's to refuse");
  assert.throws(() => addDays("2023", 1), RangeError);
});
