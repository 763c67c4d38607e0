import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadKnowledge } from "./bundle.ts";
import { DataError } from "../errors.ts";

const folder = (files: Record<string, unknown>): string => {
  const dir = mkdtempSync(join(tmpdir(), "communique-kb-"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), typeof body === "string" ? body : JSON.stringify(body));
  return dir;
};

const fails = (dirs: string[], code: string, where: RegExp) =>
  assert.throws(() => loadKnowledge({ dirs }), (e: unknown) => e instanceof DataError && e.code === code && where.test(e.message));

test("the bundled knowledge loads, validates and is frozen", () => {
  const k = loadKnowledge();
  assert.ok(k.organizations.some((o) => o.abbr === "CSTO" && o.summitBody === "Collective Security Council"));
  assert.ok(k.lexicons["speech-verbs"]?.includes("said"));
  assert.ok(Object.isFrozen(k.organizations[0]));
  assert.throws(() => (k.organizations as unknown[]).push({}));
});

test("a user folder adds organizations and extends known ones", () => {
  const dir = folder({
    "organizations.json": { organizations: [{ abbr: "AU", names: ["African Union"], summitBody: "Assembly", bodies: [{ name: "Assembly", members: "heads of state" }] }, { abbr: "CSTO", names: ["Collective Security Treaty Org."], bodies: [] }] },
    "lexicons.json": { lexicons: { "speech-verbs": ["quipped"] } },
  });
  const k = loadKnowledge({ dirs: [dir] });
  assert.equal(k.organizations.find((o) => o.abbr === "AU")?.bodies[0]?.meets, true, "defaults filled in");
  const csto = k.organizations.find((o) => o.abbr === "CSTO")!;
  assert.ok(csto.names.includes("Collective Security Treaty Org.") && csto.bodies.length > 3, "merged, not replaced");
  assert.ok(k.lexicons["speech-verbs"]!.includes("quipped") && k.lexicons["speech-verbs"]!.includes("said"));
});

test("a file that is not JSON is E_DATA_PARSE naming the file", () => {
  fails([folder({ "titles.json": '{"titles": [' })], "E_DATA_PARSE", /titles\.json/);
});

test("a value of the wrong type is E_DATA_SCHEMA with its JSON path", () => {
  fails([folder({ "places.json": { cities: [{ name: "Dili", country: "Timor-Leste" }, { name: 7, country: "X" }] } })], "E_DATA_SCHEMA", /places\.json at cities\[1\]\.name/);
  fails([folder({ "organizations.json": { organizations: [{ abbr: "AU", colour: "green" }] } })], "E_DATA_SCHEMA", /organizations\[0\]/);
});

test("broken references across files are E_DATA_REFERENCE", () => {
  fails([folder({ "organizations.json": { organizations: [{ abbr: "AU", summitBody: "Assembly", bodies: [] }] } })], "E_DATA_REFERENCE", /organizations\[0\]\.summitBody/);
  fails([folder({ "places.json": { cities: [{ name: "Dili", country: "Timor-Leste" }] } })], "E_DATA_REFERENCE", /cities\[0\]\.country.*Timor-Leste/);
  fails([folder({ "sessions.json": { sessions: [{ org: "CSTO", body: "Council of Elders", date: "2020-01-01", city: "Moscow" }] } })], "E_DATA_REFERENCE", /sessions\[0\]\.body/);
  fails([folder({ "member-groups.json": { groups: [{ members: "chiefs of defence", forms: [{ pattern: "chiefs of defen[cs]e", title: "Chief of Defence" }] }] } })], "E_DATA_REFERENCE", /groups\[0\]\.forms\[0\]\.title/);
});

test("an invalid regular expression in a pattern list is refused", () => {
  fails([folder({ "topics.json": { topics: [{ id: "oops", label: "Oops", patterns: ["(unclosed"] }] } })], "E_DATA_SCHEMA", /topics\[0\]\.patterns\[0\]/);
});

test("a missing folder and an unknown file name are errors, not silence", () => {
  fails([join(tmpdir(), "no-such-communique-folder")], "E_DATA_NOT_FOUND", /no such knowledge folder/);
  fails([folder({ "organisations.json": { organizations: [] } })], "E_DATA_SCHEMA", /unknown knowledge file/);
});

test("a new member group with a known title is accepted and extends the bundled ones", () => {
  const k = loadKnowledge({ dirs: [folder({ "member-groups.json": { groups: [{ members: "chiefs of general staff", forms: [{ pattern: "chiefs of (?:the )?general staffs?", title: "Chief of the General Staff" }] }] } })] });
  assert.ok(k.memberGroups.some((g) => g.members === "chiefs of general staff"));
  assert.ok(k.memberGroups.some((g) => g.members === "foreign ministers"));
});

test("a bundle can be handed to the engine for one call, the process's stays as it was", async () => {
  const { processArticle } = await import("../pipeline.ts");
  const dir = folder({ "organizations.json": { organizations: [{ abbr: "AU", names: ["African Union"], summitBody: "AU Assembly", bodies: [{ name: "AU Assembly", members: "heads of state" }] }] }, "places.json": { countries: [{ name: "Ethiopia", demonyms: ["Ethiopian"], capital: "Addis Ababa" }], cities: [{ name: "Addis Ababa", country: "Ethiopia" }] } });
  const text = "The 38th session of the AU Assembly opened in Addis Ababa on February 15, 2025.";
  const own = processArticle({ id: "t", source: "t", text, published: "2025-02-16" }, { knowledge: loadKnowledge({ dirs: [dir] }) });
  assert.deepEqual(own.facts.events.map((e) => [e.org, e.city, e.start]), [["AU", "Addis Ababa", "2025-02-15"]]);
  const plain = processArticle({ id: "t", source: "t", text, published: "2025-02-16" });
  assert.equal(plain.facts.events.filter((e) => e.org === "AU").length, 0);
});
