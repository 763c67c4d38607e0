import { test } from "node:test";
import assert from "node:assert/strict";
import { precision, spansCompatible, yearsOf } from "./dates.ts";

test("precision of partial dates", () => {
  assert.equal(precision("2019"), "year");
  assert.equal(precision("2019-03"), "month");
  assert.equal(precision("2019-03-04"), "day");
  assert.equal(precision(null), "none");
});

test("prefix-compatible dates", () => {
  assert.ok(spansCompatible({ start: "2019", end: null }, { start: "2019-03-04", end: null }));
  assert.ok(spansCompatible({ start: "2019-03", end: null }, { start: "2019-03-04", end: null }));
  assert.ok(!spansCompatible({ start: "2019-04", end: null }, { start: "2019-03-04", end: null }));
  assert.ok(!spansCompatible({ start: null, end: null }, { start: "2019-03-04", end: null }));
});

test("a one-day session falls within a two-day meeting", () => {
  const joint = { start: "2020-06-10", end: "2020-06-11" };
  assert.ok(spansCompatible(joint, { start: "2020-06-11", end: null }));
  assert.ok(spansCompatible({ start: "2020-06-10", end: null }, joint));
  assert.ok(!spansCompatible(joint, { start: "2020-06-12", end: null }));
  assert.ok(spansCompatible(joint, { start: "2020-06-12", end: null }, 1));
});

test("a partial date matches the end of a span across months", () => {
  assert.ok(spansCompatible({ start: "2020-06-30", end: "2020-07-01" }, { start: "2020-07", end: null }));
});

test("blocking years include the neighbouring year at a year boundary", () => {
  assert.deepEqual(yearsOf({ start: "2020-12-31", end: null }), ["2020", "2021"]);
  assert.deepEqual(yearsOf({ start: "2020-06", end: null }), ["2020"]);
  assert.deepEqual(yearsOf({ start: null, end: null }), []);
});
