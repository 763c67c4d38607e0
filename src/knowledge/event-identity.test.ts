import { test } from "node:test";
import assert from "node:assert/strict";
import type { EventFact } from "../extract/types.ts";
import { ev } from "./test-facts.ts";
import { eventKey } from "./event-key.ts";
import { sameEvent } from "./event-identity.ts";

const same = (a: Partial<EventFact>, b: Partial<EventFact>) => sameEvent(eventKey(ev(a)), eventKey(ev(b)));

test("a joint two-day meeting contains the one-day session of one of its bodies", () => {
  const joint = { bodies: ["Council of Foreign Ministers", "Council of Defence Ministers"], start: "2021-09-14", end: "2021-09-15", city: "Dushanbe" };
  assert.ok(same(joint, { bodies: ["CDM"], start: "2021-09-15", city: "Dushanbe" }));
  assert.ok(!same(joint, { bodies: ["Collective Security Council"], start: "2021-09-15", city: "Dushanbe" }));
});

test("former and current names of a city agree", () => {
  assert.ok(same({ bodies: ["CSC"], start: "2019-11-28", city: "Nur-Sultan" }, { bodies: ["Collective Security Council"], start: "2019-11-28", city: "Astana" }));
  assert.ok(!same({ bodies: ["CSC"], start: "2019-11-28", city: "Bishkek" }, { bodies: ["CSC"], start: "2019-11-28", city: "Astana" }));
});

test("a summit is the session of the organization's summit body", () => {
  assert.ok(same({ bodies: ["summit"], start: "2022-05-16", city: "Moscow" }, { bodies: ["Collective Security Council"], start: "2022-05-16" }));
});

test("one day of tolerance only for identical bodies", () => {
  assert.ok(same({ bodies: ["CFM"], start: "2020-03-02" }, { bodies: ["Council of Foreign Ministers"], start: "2020-03-03" }));
  const joint = ["Council of Foreign Ministers", "Council of Defence Ministers"];
  assert.ok(!same({ bodies: joint, start: "2020-03-02" }, { bodies: ["Council of Foreign Ministers"], start: "2020-03-03" }));
});

test("a planned mention links to the held event; other organizations and kinds never do", () => {
  assert.ok(same({ status: "planned", bodies: ["CSC"], start: "2017" }, { bodies: ["CSC"], start: "2017-11-30", city: "Minsk" }));
  assert.ok(!same({ org: "CIS", bodies: ["Council of Foreign Ministers"], start: "2017-04-07" }, { bodies: ["Council of Foreign Ministers"], start: "2017-04-07" }));
  assert.ok(!same({ kind: "exercise", start: "2017-04-07" }, { start: "2017-04-07" }));
});

test("exercises with different names are different", () => {
  assert.ok(!same({ kind: "exercise", name: "Rubezh-2019", start: "2019-09" }, { kind: "exercise", name: "Echelon-2019", start: "2019-09" }));
  assert.ok(same({ kind: "exercise", name: "Rubezh 2019", start: "2019-09-10", end: "2019-09-14" }, { kind: "exercise", name: "Rubezh-2019", start: "2019-09-12" }));
});

test("undated mentions never match", () => {
  assert.ok(!same({ bodies: ["CSC"], city: "Minsk" }, { bodies: ["CSC"], city: "Minsk" }));
});
