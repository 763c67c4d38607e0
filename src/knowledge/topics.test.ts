import { test } from "node:test";
import assert from "node:assert/strict";
import { tagTopics, topicLabel, topics } from "./topics.ts";

test("the taxonomy covers the priorities the bodies discuss", () => {
  assert.equal(topics().length, 13);
  assert.equal(topicLabel("afghanistan"), "Afghanistan");
});

test("topics are tagged with the span that triggers them", () => {
  const text = "The ministers discussed countering narcotics smuggling from Afghan territory and joint drills next autumn.";
  const hits = tagTopics(text);
  assert.deepEqual(hits.map((h) => h.topic), ["drugs", "crime", "afghanistan", "forces-exercises"]);
  const drugs = hits[0]!;
  assert.equal(text.slice(drugs.start, drugs.end), "narcotics");
});

test("a range limits tagging to one sentence; unrelated text yields nothing", () => {
  const text = "Leaders met in the capital. They spoke about cyber threats.";
  assert.deepEqual(tagTopics(text, 0, 27), []);
  assert.deepEqual(tagTopics(text, 28).map((h) => [h.topic, h.text]), [["cyber", "cyber"]]);
});
