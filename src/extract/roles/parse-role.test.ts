import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRoles } from "./parse-role.ts";

const one = (s: string) => parseRoles(s).map((r) => `${r.title} / ${r.of}`);

test("title with a demonym, a country, a possessive or an organization before it", () => {
  assert.deepEqual(one("Uzbek President"), ["President / Uzbekistan"]);
  assert.deepEqual(one("Belarus Prime Minister"), ["Prime Minister / Belarus"]);
  assert.deepEqual(one("Mongolia’s Foreign Minister"), ["Foreign Minister / Mongolia"]);
  assert.deepEqual(one("SCO Secretary-General"), ["Secretary General / SCO"]);
});

test("title of a country, an organization or one of its bodies", () => {
  assert.deepEqual(one("President of the Kyrgyz Republic"), ["President / Kyrgyzstan"]);
  assert.deepEqual(one("Chairman of the CIS Council of Foreign Ministers"), ["Chairman of the Council of Foreign Ministers / CIS"]);
  assert.deepEqual(one("Secretary of the Security Council of Tajikistan"), ["Secretary of the Security Council / Tajikistan"]);
  assert.deepEqual(one("acting Prime Minister of Armenia"), ["Acting Prime Minister / Armenia"]);
});

test("two titles joined by 'and' share the owner named last", () => {
  assert.deepEqual(one("the Assistant to the President and Secretary of the Security Council of Uzbekistan"), [
    "Assistant to the President / Uzbekistan",
    "Secretary of the Security Council / Uzbekistan",
  ]);
});
