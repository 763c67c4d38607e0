import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../errors.ts";
import { detectLanguage, languageCheck } from "./language.ts";
import { STORY } from "./web-fixtures.ts";

const RU = "Министры обороны государств-членов организации провели заседание в Бишкеке и утвердили план совместных учений на следующий год. Следующее заседание совета пройдет в Душанбе в ноябре, сообщили в секретариате после переговоров.";
const FR = "Les ministres de la défense des États membres se sont réunis à Bichkek mardi pour adopter le calendrier des exercices communs de l'année prochaine. La prochaine réunion du conseil aura lieu à Douchanbé en novembre.";

test("English passes; Russian and French are skipped with their language named", () => {
  const en = { id: "en", source: "en.txt", text: STORY.join(" ") };
  assert.equal(detectLanguage(en.text), "eng");
  assert.equal(languageCheck(en), en);
  for (const [text, code, name] of [[RU, "rus", "Russian"], [FR, "fra", "French"]] as const) {
    const r = languageCheck({ id: code, source: `${code}.txt`, text });
    assert.ok(r instanceof InputError);
    assert.equal(r.code, "E_INPUT_LANGUAGE");
    assert.match(r.message, new RegExp(`^${code}\\.txt: skipped: written in ${name} \\(${code}\\)`));
  }
});

test("a text too short to tell passes as undetermined", () => {
  assert.equal(detectLanguage("CSTO summit: 2027."), "und");
  assert.ok(!(languageCheck({ id: "s", source: "s", text: "Заседание СОВЕТА" }) instanceof InputError));
  assert.ok(!(languageCheck({ id: "s", source: "s", text: "Summit held.", language: "en-GB" }) instanceof InputError));
  const declared = languageCheck({ id: "s", source: "s.jsonl:3", text: "Gipfel in Minsk.", language: "de" });
  assert.ok(declared instanceof InputError && /declared as "de"/.test(declared.message), "the container's language decides a short text");
  assert.ok(!(languageCheck({ id: "s", source: "s", text: STORY.join(" "), language: "ru" }) instanceof InputError), "the text itself wins when it can tell");
});

test("languages that share short words with English are not taken for it (the function-word shortcut)", () => {
  const de = "Die Verteidigungsminister der Mitgliedstaaten trafen sich am Dienstag in Bischkek, um den Kalender der gemeinsamen Übungen für das kommende Jahr zu beschließen. Die nächste Sitzung des Rates findet im November in Duschanbe statt. Der Generalsekretär sagte, die kollektiven Kräfte seien bereit und die Zusammenarbeit habe in diesem Jahr Fortschritte gemacht, was alle begrüßten.";
  const nl = "De ministers van defensie van de lidstaten kwamen dinsdag in Bisjkek bijeen om de kalender van de gezamenlijke oefeningen voor volgend jaar vast te stellen. De volgende vergadering van de raad vindt in november plaats in Doesjanbe. De secretaris-generaal zei dat de collectieve strijdkrachten klaar zijn en dat de samenwerking dit jaar is gevorderd, wat iedereen verwelkomde.";
  assert.equal(detectLanguage(de), "deu");
  assert.equal(detectLanguage(nl), "nld");
  // An English report quoting a French sentence stays English.
  const quoted = `${STORY.join(" ")} « ${FR} »`;
  assert.equal(detectLanguage(quoted), "eng");
});
