import { test } from "node:test";
import assert from "node:assert/strict";
import type { EventFact } from "../extract/types.ts";
import { clusterEvents } from "./event-clusters.ts";
import { ev } from "./test-facts.ts";
import { refKey, type EventInput } from "./types.ts";

const input = (article: string, index: number, over: Partial<EventFact>): EventInput => ({ ref: { article, index }, fact: ev(over) });
const shape = (groups: EventInput[][]) => groups.map((g) => g.map((e) => refKey(e.ref)).sort().join(" ")).sort();

const FACTS: EventInput[] = [
  input("x", 0, { bodies: ["Council of Defence Ministers", "CSSC"], start: "2021-06-09", end: "2021-06-10", city: "Minsk" }),
  input("y", 0, { bodies: ["Committee of Secretaries of Security Councils"], start: "2021-06-10", city: "Minsk" }),
  input("y", 1, { status: "planned", bodies: ["Collective Security Council"], start: "2021", city: "Minsk" }),
  input("z", 0, { bodies: ["Collective Security Council"], start: "2021-11-25", city: "Minsk" }),
  input("z", 1, { bodies: ["Collective Security Council"], start: "2020-12-02" }),
  input("w", 0, { org: "SCO", bodies: ["Council of Heads of State"], start: "2021-09-17" }),
];

test("joint meeting, its session and the planned summit merge into the right events", () => {
  assert.deepEqual(shape(clusterEvents(FACTS)), ["w#0", "x#0 y#0", "y#1 z#0", "z#1"]);
});

test("the grouping does not depend on input order", () => {
  const expected = shape(clusterEvents(FACTS));
  for (let k = 0; k < 5; k++) {
    const order = [...FACTS].sort(() => Math.random() - 0.5);
    assert.deepEqual(shape(clusterEvents(order)), expected);
  }
});

test("a vague mention that fits two events joins neither", () => {
  const facts = [
    input("a", 0, { bodies: ["Collective Security Council"], start: "2022-05-16", city: "Moscow" }),
    input("b", 0, { bodies: ["Collective Security Council"], start: "2022-11-23", city: "Yerevan" }),
    input("c", 0, { bodies: ["Collective Security Council"], start: "2022" }),
  ];
  assert.deepEqual(shape(clusterEvents(facts)), ["a#0", "b#0", "c#0"]);
});

test("month-level mentions of one event join each other when nothing more precise exists", () => {
  const facts = [
    input("a", 0, { bodies: ["Council of Foreign Ministers"], start: "2016-06" }),
    input("b", 0, { bodies: ["Council of Foreign Ministers"], start: "2016-06", city: "Yerevan" }),
    input("c", 0, { bodies: ["Council of Foreign Ministers"], start: "2016" }),
  ];
  assert.deepEqual(shape(clusterEvents(facts)), ["a#0 b#0 c#0"]);
});

test("a mention naming no body joins the one session it fits, never chaining two sessions of one day", () => {
  const facts = [
    input("a", 0, { bodies: ["Collective Security Council"], start: "2019-11-28", city: "Bishkek" }),
    input("a", 1, { bodies: ["Council of Foreign Ministers", "Council of Defence Ministers"], start: "2019-11-27", end: "2019-11-28", city: "Bishkek" }),
    input("b", 0, { start: "2019-11-28", city: "Bishkek" }),
    input("c", 0, { org: null, start: "1992-05-15", city: "Tashkent" }),
    input("d", 0, { org: null, start: "1992-05-15" }),
  ];
  assert.deepEqual(shape(clusterEvents(facts)), ["a#0", "a#1", "b#0", "c#0 d#0"]);
});
