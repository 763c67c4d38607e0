import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeText } from "../nlp/analyze.ts";
import { extractPeople } from "./people.ts";

const people = (text: string) =>
  Object.fromEntries(extractPeople(analyzeText(text, { refDate: "2023-10-05" })).map((p) => [p.name, p.roles.map((r) => `${r.title} / ${r.of}`)]));

test("regional given names are known: a delegation list and a Chinese given name that is also a month", () => {
  const p = people(
    "The delegations were headed by: Armenia – Hovik Sargsyants, Belarus – Ales Zhukovets, Kyrgyzstan – Damir Toktobek. " +
      "Chinese Foreign Minister Wang Jun arrived on Jun 5.",
  );
  assert.ok(p["Ales Zhukovets"], Object.keys(p).join(", "));
  assert.ok(p["Damir Toktobek"]);
  assert.deepEqual(p["Wang Jun"], ["Foreign Minister / China"]);
});

test("ministry words end the title, ranks between title and name are skipped", () => {
  const p = people(
    "Kazakh Minister of National Economy Alibek Zhandarbek and Russian Finance Minister Anton Sviridenko met. " +
      "The Director of the CSTO Crisis Response Center, Major General Oleg Kolomiyets, spoke.",
  );
  assert.deepEqual(p["Alibek Zhandarbek"], ["Minister of National Economy / Kazakhstan"]);
  assert.deepEqual(p["Anton Sviridenko"], ["Finance Minister / Russia"]);
  assert.deepEqual(p["Oleg Kolomiyets"], ["Director / CSTO"]);
});

test("an envoy belongs to the sending state; a body's officials to its organization; an institution's head is no head of state", () => {
  const p = people(
    "Russian Ambassador to Kyrgyzstan Nikolai Udaltsov attended. Chairman of the Board of the Eurasian Economic Commission " +
      "Bakyt Sultanov spoke. Talks were held with head of the State Committee for National Security of Tajikistan Saimumin Yatimzoda.",
  );
  assert.deepEqual(p["Nikolai Udaltsov"], ["Ambassador / Russia"]);
  assert.deepEqual(p["Bakyt Sultanov"], ["Chairman of the Board of the Eurasian Economic Commission / EAEU"]);
  assert.deepEqual(p["Saimumin Yatimzoda"], ["Head / Tajikistan"]);
});

test("no people from institutions, parties, newspapers or a title far from the name", () => {
  const names = Object.keys(
    people(
      "Mr Ostapenko entered Parliament for Sheffield Brightside in 1987 and told the Daily Telegraph about it. " +
        "The seminar was organised by the Equal Opportunities Commission. The Liberal Democrats said it was wrong. " +
        "Dave Prentis, general secretary of Unison, said so. Journalists at the firm met on Friday; the journalists left.",
    ),
  );
  assert.deepEqual(names.sort(), ["Dave Prentis", "Ostapenko"]);
});

test("a possessive ends the name; honorifics are not part of it", () => {
  const p = people("President Susilo Bambang Yudhoyono's government agreed. Sir Digby Jones spoke, and then Sir Digby said more.");
  assert.deepEqual(Object.keys(p).sort(), ["Digby Jones", "Susilo Bambang Yudhoyono"]);
});
