import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeText } from "../nlp/analyze.ts";
import { extractPeople } from "./people.ts";
import { extractQuotes } from "./quotes.ts";

const quotes = (text: string) => {
  const doc = analyzeText(text, { refDate: "2022-05-16" });
  return extractQuotes(doc, extractPeople(doc)).map((q) => `${q.speaker}: ${q.text}`);
};

test("attribution after the quote, by name, surname or initial, straight or curly marks", () => {
  assert.deepEqual(quotes(`Armenian Prime Minister Tigran Avakian opened the talks. "Our partners must act together now," Avakian said.`), [
    "Tigran Avakian: Our partners must act together now",
  ]);
  assert.deepEqual(quotes("Kyrgyz President Almaz Toktorov spoke. “Security in the region is our shared concern”, A. Toktorov stated."), [
    "Almaz Toktorov: Security in the region is our shared concern",
  ]);
  assert.deepEqual(quotes(`"We will hold the drills in autumn," said Russian Defence Minister Oleg Vasnetsov.`), [
    "Oleg Vasnetsov: We will hold the drills in autumn",
  ]);
});

test("attribution before the quote, and a quote split around its attribution", () => {
  assert.deepEqual(quotes("Belarusian President Ivan Karpenka told reporters: “The organization has proved its worth many times.”"), [
    "Ivan Karpenka: The organization has proved its worth many times",
  ]);
  const split = quotes(`Uzbek Foreign Minister Farrukh Rakhimov arrived. "We are ready," Rakhimov said, "to discuss every proposal."`);
  assert.deepEqual(split, ["Farrukh Rakhimov: We are ready to discuss every proposal"]);
});

test("pronouns and role phrases resolve to the person", () => {
  const text =
    "Kazakh President Serik Abenov chaired the session in Almaty. CSTO Secretary General Pavel Orlov also attended.\n\n" +
    "The Secretary General thanked the hosts. “The event was organized perfectly and all delegations were satisfied,” he said.\n\n" +
    "“We must strengthen the collective forces every year,” the Kazakh leader stressed.";
  assert.deepEqual(quotes(text), [
    "Pavel Orlov: The event was organized perfectly and all delegations were satisfied",
    "Serik Abenov: We must strengthen the collective forces every year",
  ]);
});

test("multi-paragraph quotations are one quote", () => {
  const text =
    "Tajik Foreign Minister Rustam Jalolov spoke at length.\n\n“The first task is to secure the border with our southern neighbour.\n\n" +
    "“The second task is to stop the flow of drugs,” Jalolov said.";
  const q = quotes(text);
  assert.equal(q.length, 1);
  assert.match(q[0]!, /^Rustam Jalolov: The first task is to secure the border with our southern neighbour\. The second/);
});

test("titles, operation names and unattributed statements are not quotes", () => {
  const text =
    "Kyrgyz Defence Minister Bolot Asanov spoke about operation “Channel” and the exercise “Frontier-2022”. " +
    "The ministers signed the “Agreement on the Joint Air Defence System”. " +
    "“The strategy makes it possible to respond promptly to threats,” the statement said.";
  assert.deepEqual(quotes(text), []);
});

test("a name and a colon before the quote attribute it; a word like 'Then' is not part of a name", () => {
  const q = quotes("Kazakh Defence Minister Arman Seitkali: “Our units are ready for the joint drills.”");
  assert.match(q[0] ?? "", /^Arman Seitkali: Our units are ready/);
  const people = extractPeople(analyzeText("Then Mirzoyev spoke, and later Karimov said it was useful.", { refDate: "2024-01-01" })).map((p) => p.name);
  assert.ok(!people.some((n) => /^(?:Then|Later)\b/.test(n)), people.join(", "));
});
