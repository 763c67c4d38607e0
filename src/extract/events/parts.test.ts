import { test } from "node:test";
import assert from "node:assert/strict";
import { membersAround, membersIn } from "./members.ts";
import { statusByDate, statusNear } from "./status.ts";
import { exerciseName } from "./exercise-name.ts";
import { listAfter } from "./documents.ts";
import { findTriggers } from "./triggers.ts";

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, word: word.toLowerCase() };
};

test("members named around a trigger map to body keys", () => {
  assert.deepEqual(membersIn("defence ministers and security council secretaries"), ["defence ministers", "secretaries of security councils"]);
  const t1 = "A meeting of the CIS foreign ministers opened today.";
  assert.deepEqual(membersAround(t1, at(t1, "meeting")), ["foreign ministers"]);
  const t2 = "The heads of state of the member countries will meet in Sochi.";
  assert.deepEqual(membersAround(t2, at(t2, "meet")), ["heads of state"]);
  const t3 = "The president met with the defense ministers of the alliance.";
  assert.deepEqual(membersAround(t3, at(t3, "met")), ["defence ministers"]);
  const t4 = "The president met with his Uzbek counterpart.";
  assert.deepEqual(membersAround(t4, at(t4, "met")), []);
});

test("status from the cue nearest the event word, and from a date after the article's", () => {
  const t1 = "The next session will be held in Almaty.";
  assert.deepEqual(statusNear(t1, at(t1, "session")), { status: "planned", stated: true, other: true });
  const t2 = "The session took place in Almaty.";
  assert.equal(statusNear(t2, at(t2, "session")).status, "held");
  const t3 = "Following the meeting, the minister said new drills will be held in spring.";
  assert.equal(statusNear(t3, at(t3, "meeting")).status, "held");
  assert.equal(statusByDate("2020-05-03", "2020-05-01"), "planned");
  assert.equal(statusByDate("2020-04", "2020-05-01"), "held");
  assert.equal(statusByDate("2020", "2020-05-01"), null);
});

test("exercise names joined to a year or quoted after 'dubbed'", () => {
  assert.equal(exerciseName("the Rubezh-2018 exercise began"), "Rubezh-2018");
  assert.equal(exerciseName("drills dubbed “Indestructible Brotherhood”, in Belarus"), "Indestructible Brotherhood");
  assert.equal(exerciseName("within the Development Strategy 2025 and in 2019"), null);
});

test("a list of documents after a verb splits on items, not inside titles", () => {
  assert.deepEqual(listAfter("the Minsk Declaration and a new concept of collective security, which was drafted last year."), [
    "the Minsk Declaration",
    "a new concept of collective security",
  ]);
  assert.deepEqual(listAfter("a statement on peace and stability in the region."), ["a statement on peace and stability in the region"]);
});

test("event words: verb 'to exercise' is no drill; videoconference yields to a meeting word", () => {
  assert.deepEqual(findTriggers("They will exercise control.").map((t) => t.word), []);
  assert.deepEqual(findTriggers("The session was held via videoconference.").map((t) => t.word), ["session"]);
  assert.deepEqual(findTriggers("They spoke by videoconference.").map((t) => t.word), ["videoconference"]);
});
