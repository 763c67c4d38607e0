import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeText } from "../nlp/analyze.ts";
import { extractPeople } from "./people.ts";
import { extractQuotes } from "./quotes.ts";

const quotes = (text: string) => {
  const doc = analyzeText(text, { refDate: "2023-10-05" });
  return extractQuotes(doc, extractPeople(doc)).map((q) => `${q.speaker}: ${q.text}`);
};

test("'According to X, “…”' opening a paragraph is X's, not the previous speaker's", () => {
  const text =
    "Kyrgyz President Sultanbek Zhoroev chaired the session. CSTO Secretary General Stanislav Bulatnikov reported.\n\n" +
    "“We have preserved our unity,” Zhoroev said.\n\nAccording to Bulatnikov, “the rapid reaction forces have proven their worth.”";
  assert.deepEqual(quotes(text), [
    "Sultanbek Zhoroev: We have preserved our unity",
    "Stanislav Bulatnikov: the rapid reaction forces have proven their worth",
  ]);
});

test("role phrases by their canonical title: 'the Russian premier', 'the deputy minister', not a deputy for 'the Secretary General'", () => {
  const text =
    "Russian Prime Minister Mikhail Kirienko and Russian Foreign Minister Pavel Lavrin arrived. Deputy Foreign Minister of Russia " +
    "Andrei Rudenko joined them. CSTO Secretary General Imangali Tasbolat and CSTO Deputy Secretary General Valery Semenko attended.\n\n" +
    "“Kazan is ready to host our colleagues,” the Russian premier noted.\n\n“We will not leave our allies alone,” the deputy minister said.\n\n" +
    "“The collective forces are ready,” the Secretary General stressed.";
  assert.deepEqual(quotes(text), [
    "Mikhail Kirienko: Kazan is ready to host our colleagues",
    "Andrei Rudenko: We will not leave our allies alone",
    "Imangali Tasbolat: The collective forces are ready",
  ]);
});

test("a colon or a closed sentence makes the words before the quote its attribution", () => {
  const text =
    "The session was chaired by Foreign Minister of Tajikistan Sirojiddin Khamidov.\n\n" +
    "The Tajik minister told reporters: “The next meeting will be held in Minsk in spring.” She did not say when exactly.";
  assert.deepEqual(quotes(text), ["Sirojiddin Khamidov: The next meeting will be held in Minsk in spring"]);
});

test("the speaker before the verb is the subject, not a name inside an aside or a possessor", () => {
  assert.deepEqual(
    quotes("Kazakh President Nurlan Temirkhan, speaking at a meeting with Russian President Oleg Vorontsov, said: “We are united by a common history.”"),
    ["Nurlan Temirkhan: We are united by a common history"],
  );
  assert.deepEqual(
    quotes("Mr Oakley spoke. On Monday, Arthur Oakley's spokesman declined to comment. He said: “What's important is that the process is going on.”"),
    [],
  );
});

test("'X said …, adding: “…”' is X's; a new statement after a closed quote is not its attribution", () => {
  assert.deepEqual(
    quotes("Tajik Defence Minister Rustam Sharifov said the drills went well, adding: “Our troops showed a high level of training.”"),
    ["Rustam Sharifov: Our troops showed a high level of training"],
  );
  const text =
    "“The quarter is the best time to act,” said Uzbek Finance Minister Timur Ishmetov. “We are still weighing the figures.” " +
    "The agency's correspondent in Tashkent, Gulnara Karimova, told reporters that a reaction was likely.";
  assert.deepEqual(quotes(text), ["Timur Ishmetov: The quarter is the best time to act", "Timur Ishmetov: We are still weighing the figures"]);
});

test("'she said' skips a man and 'he said' a woman, by the forms of their names", () => {
  const text =
    "Armenian Deputy Foreign Minister Anahit Grigoryan met Kyrgyz Deputy Foreign Minister Azamat Usenov. " +
    "Later Usenov and Deputy Foreign Minister Marina Volkova of Russia signed the protocol.\n\n“The document opens a new stage,” she said.";
  assert.deepEqual(quotes(text), ["Marina Volkova: The document opens a new stage"]);
});

test("an unnamed or institutional source gives no speaker, and the previous speaker does not carry over to it", () => {
  const text =
    "Kazakh President Kassym-Zhan Temirov said: “We will focus on countering terrorism.”\n\n" +
    "“The document on strengthening collective security was signed,” the press service of the Kremlin reported.\n\n" +
    "“This is a historic day for our countries,” an unnamed diplomat said.";
  assert.deepEqual(quotes(text), ["Kassym-Zhan Temirov: We will focus on countering terrorism"]);
});
