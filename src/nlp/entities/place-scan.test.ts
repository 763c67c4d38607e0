import { test } from "node:test";
import assert from "node:assert/strict";
import { placeEntities } from "./place-scan.ts";

const found = (text: string) => placeEntities(text).map((e) => [e.text, e.label, e.norm]);

test("longest known form wins; hyphen or space; former names map to the canonical city", () => {
  assert.deepEqual(found("Drills in the Almaty region and talks in Almaty."), [["Almaty region", "REGION", "Almaty Region"], ["Almaty", "CITY", "Almaty"]]);
  assert.deepEqual(found("Nur Sultan and Nur-Sultan and Rostov-on-Don"), [["Nur Sultan", "CITY", "Astana"], ["Nur-Sultan", "CITY", "Astana"], ["Rostov-on-Don", "CITY", "Rostov-on-Don"]]);
  assert.deepEqual(found("St. Petersburg hosted it."), [["St. Petersburg", "CITY", "St. Petersburg"]]);
});

test("an all-caps dateline city is found; lower-case words and parts of words are not places", () => {
  assert.deepEqual(found("DUSHANBE, May 3"), [["DUSHANBE", "CITY", "Dushanbe"]]);
  assert.deepEqual(found("a minsky moment in moscow; Moscowite"), []);
});

test("demonyms carry their country; a region word without a name is nothing", () => {
  assert.deepEqual(found("the Kazakh side"), [["Kazakh", "DEMONYM", "Kazakhstan"]]);
  assert.deepEqual(found("in the Mangystau region at the Region level"), [["Mangystau region", "REGION", "Mangystau"]]);
});
