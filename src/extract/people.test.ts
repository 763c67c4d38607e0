import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeText } from "../nlp/analyze.ts";
import { extractPeople } from "./people.ts";

const people = (text: string) =>
  Object.fromEntries(extractPeople(analyzeText(text, { refDate: "2021-03-04" })).map((p) => [p.name, p.roles.map((r) => `${r.title} / ${r.of}`)]));
const peopleOf = (text: string) => extractPeople(analyzeText(text, { refDate: "2021-03-04" }));

test("title before the name: demonym, 'of Country', organization", () => {
  const p = people(
    "Tajik President Davron Sharipzoda arrived in Dushanbe. President of Armenia Levon Hakobyan spoke first. " +
      "CSTO Secretary General Ilya Voronkov opened the session. Secretary of the Security Council of Kazakhstan Yerlan Tulegenov took part.",
  );
  assert.deepEqual(p["Davron Sharipzoda"], ["President / Tajikistan"]);
  assert.deepEqual(p["Levon Hakobyan"], ["President / Armenia"]);
  assert.deepEqual(p["Ilya Voronkov"], ["Secretary General / CSTO"]);
  assert.deepEqual(p["Yerlan Tulegenov"], ["Secretary of the Security Council / Kazakhstan"]);
});

test("apposition after the name, and acting / first deputy / chief of the general staff", () => {
  const p = people(
    "Talks were held by Aibek Dzhumaliev, the Minister of Defence of Kyrgyzstan, and Grigor Sarkisyan, acting Prime Minister of Armenia. " +
      "Oleg Tarasenko, First Deputy Foreign Minister of Belarus, and Murat Bekzhanov, Chief of the General Staff of Kazakhstan, also spoke.",
  );
  assert.deepEqual(p["Aibek Dzhumaliev"], ["Minister of Defence / Kyrgyzstan"]);
  assert.deepEqual(p["Grigor Sarkisyan"], ["Acting Prime Minister / Armenia"]);
  assert.deepEqual(p["Oleg Tarasenko"], ["First Deputy Foreign Minister / Belarus"]);
  assert.deepEqual(p["Murat Bekzhanov"], ["Chief of the General Staff / Kazakhstan"]);
});

test("lists of heads of state 'X of Country' and delegations 'Country – X'", () => {
  const p = people(
    "The summit was attended by presidents Bakyt Omurbekov of Kyrgyzstan, Pavel Zhuravsky of Belarus and Rustam Nazarov of Tajikistan. " +
      "The delegations were headed by the defence ministers: Armenia – Vazgen Petrosyan, Russia – Anatoly Kornilov.",
  );
  assert.deepEqual(p["Bakyt Omurbekov"], ["President / Kyrgyzstan"]);
  assert.deepEqual(p["Pavel Zhuravsky"], ["President / Belarus"]);
  assert.deepEqual(p["Rustam Nazarov"], ["President / Tajikistan"]);
  assert.ok(p["Vazgen Petrosyan"], "a delegation head in a dash list is a person");
  assert.ok(p["Anatoly Kornilov"]);
});

test("initials and surnames alone resolve to the fullest form", () => {
  const p = people(
    "Kyrgyz Foreign Minister Erlan Abdyldaev met his counterparts. According to E. Abdyldaev, the talks went well. " +
      "Abdyldaev added that a new meeting is planned.",
  );
  assert.deepEqual(Object.keys(p), ["Erlan Abdyldaev"]);
  assert.deepEqual(p["Erlan Abdyldaev"], ["Foreign Minister / Kyrgyzstan"]);
});

test("'X, the President of Country', 'headed by X' and heads of state 'including X of Country'", () => {
  const p = people(
    "The forum was opened by Serdar Amanov, the President of Turkmenistan. The Uzbek delegation was headed by Jahongir Tursunov. " +
      "Heads of CSTO member states, including Kubat Sydykov of Kyrgyzstan, signed the statement.",
  );
  assert.deepEqual(p["Serdar Amanov"], ["President / Turkmenistan"]);
  assert.ok(p["Jahongir Tursunov"], "a delegation head is a person");
  assert.deepEqual(p["Kubat Sydykov"], ["Head of State / Kyrgyzstan"]);
});

test("surname-first names: 'Wang said' is Wang Yi; two titles joined by 'and' share the demonym", () => {
  const ps = peopleOf("Chinese State Councilor and Foreign Minister Wang Yi arrived in Astana. Wang said the SCO must stay united.");
  assert.deepEqual(ps.map((p) => p.name), ["Wang Yi"]);
  assert.deepEqual(ps[0]!.roles.map((r) => [r.title, r.of]), [["State Councilor", "China"], ["Foreign Minister", "China"]]);
});

test("an owner after an institution ('of the Armed Forces of Russia') serves every title of the phrase", () => {
  const [p] = peopleOf("Chief of the General Staff of the Armed Forces of Russia, First Deputy Defence Minister Oleg Pavlenko attended.");
  assert.deepEqual(p!.roles.map((r) => [r.title, r.of]), [["Chief of the General Staff", "Russia"], ["First Deputy Defence Minister", "Russia"]]);
  const [q] = peopleOf("Chairman of the Cabinet of Ministers of Kyrgyzstan Aibek Toktosunov spoke.");
  assert.deepEqual(q!.roles.map((r) => [r.title, r.of]), [["Chairman of the Cabinet of Ministers", "Kyrgyzstan"]]);
});

test("a title with no owner in the text takes it from the known terms of office, and only then", () => {
  const [pm] = peopleOf("Prime Minister Nikol Pashinyan said Armenia would not attend.");
  assert.deepEqual(pm!.roles.map((r) => [r.title, r.of]), [["Prime Minister", "Armenia"]]);
  const [acting] = peopleOf("Acting Secretary General Valery Semerikov opened the meeting.");
  assert.deepEqual(acting!.roles.map((r) => [r.title, r.of, r.acting]), [["Acting Secretary General", "CSTO", true]]);
  const [unknown] = peopleOf("Prime Minister Aruzhan Bekova said the talks went well.");
  assert.deepEqual(unknown!.roles, [], "a person in no list gets no guessed owner");
});

test("respective lists and counterparts", () => {
  const ps = peopleOf("The heads of state of Armenia, Belarus and Russia – Aram Petrosyan, Ivan Kovalenko and Pavel Sidorov – took part.");
  assert.deepEqual(ps.map((p) => [p.name, p.roles.map((r) => `${r.title} / ${r.of}`)]), [
    ["Aram Petrosyan", ["Head of State / Armenia"]], ["Ivan Kovalenko", ["Head of State / Belarus"]], ["Pavel Sidorov", ["Head of State / Russia"]],
  ]);
  const uneven = peopleOf("The heads of state of Armenia and Russia – Aram Petrosyan, Ivan Kovalenko and Pavel Sidorov – took part.");
  assert.ok(uneven.every((p) => p.roles.length === 0), "lists of different lengths pair nobody");
  const cp = peopleOf("Kazakh Foreign Minister Daniyar Abenov met his Kyrgyz counterpart Timur Asanov in Bishkek.");
  assert.deepEqual(cp.map((p) => p.roles.map((r) => `${r.title} / ${r.of}`)), [["Foreign Minister / Kazakhstan"], ["Foreign Minister / Kyrgyzstan"]]);
});

test("institutions and party nicknames are not people", () => {
  const names = peopleOf('"Peace is possible," the Catholic Church said. "We warned them," the Lib Dems said. Sergei Ivanov agreed.').map((p) => p.name);
  assert.deepEqual(names, ["Sergei Ivanov"]);
});
