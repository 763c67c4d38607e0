import { test } from "node:test";
import assert from "node:assert/strict";
import type { EventFact } from "../extract/types.ts";
import { mergeEvent } from "./merge-event.ts";
import { ev } from "./test-facts.ts";
import type { EventInput } from "./types.ts";

const input = (article: string, over: Partial<EventFact>): EventInput => ({ ref: { article, index: 0 }, fact: ev(over) });

test("a joint meeting and its session merge without conflicts; the span is kept", () => {
  const m = mergeEvent([
    input("b", { bodies: ["CSSC"], start: "2021-06-10", city: "Nur-Sultan", chair: "Erlan Karin", documents_signed: 4 }),
    input("a", { bodies: ["Council of Defence Ministers", "Committee of Secretaries of Security Councils"], start: "2021-06-09", end: "2021-06-10", city: "Astana" }),
  ]);
  assert.equal(m.key, "a#0");
  assert.equal(m.start, "2021-06-09");
  assert.equal(m.end, "2021-06-10");
  assert.equal(m.city, "Astana");
  assert.deepEqual(m.bodies.map((b) => b.value).sort(), ["Committee of Secretaries of Security Councils", "Council of Defence Ministers"]);
  assert.deepEqual(m.conflicts, []);
  assert.equal(m.sources.length, 2);
});

test("sources that disagree on date, chair and number of documents are conflicts", () => {
  const m = mergeEvent([
    input("a", { bodies: ["CFM"], start: "2019-05-21", city: "Bishkek", chair: "Chingiz Aidarbekov", documents_signed: 7 }),
    input("b", { bodies: ["Council of Foreign Ministers"], start: "2019-05-22", city: "Bishkek", chair: "Ch. Aydarbekov", documents_signed: 9 }),
    input("c", { status: "planned", bodies: ["CFM"], start: "2019-05" }),
  ]);
  assert.equal(m.status, "held");
  assert.deepEqual(m.conflicts.map((c) => c.slot).sort(), ["date", "documents_signed"]);
  const docs = m.conflicts.find((c) => c.slot === "documents_signed")!;
  assert.deepEqual(docs.values.map((v) => [v.value, v.sources[0]!.article]).sort(), [["7", "a"], ["9", "b"]]);
});
