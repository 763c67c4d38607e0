// A user's own knowledge folder (--data) teaches communique an organization it does not ship, with no code change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./helpers.ts";

function knowledgeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "communique-data-"));
  writeFileSync(join(dir, "organizations.json"), JSON.stringify({
    organizations: [{
      abbr: "ASEAN",
      names: ["Association of Southeast Asian Nations"],
      summitBody: "ASEAN Summit",
      bodies: [
        { name: "ASEAN Summit", meets: true, members: "heads of state" },
        { name: "ASEAN Foreign Ministers' Meeting", aliases: ["AMM"], meets: true, members: "foreign ministers" },
      ],
      titles: ["Secretary-General"],
    }],
  }));
  writeFileSync(join(dir, "places.json"), JSON.stringify({
    countries: [
      { name: "Malaysia", demonyms: ["Malaysian"], capital: "Kuala Lumpur" },
      { name: "Philippines", aliases: ["the Philippines"], demonyms: ["Filipino", "Philippine"], capital: "Manila" },
    ],
    cities: [{ name: "Kuala Lumpur", country: "Malaysia" }, { name: "Manila", country: "Philippines" }],
  }));
  return dir;
}

// Written for this test: an organization, officials and places the bundled data does not know.
const ARTICLE = `October 27, 2025

The 47th ASEAN Summit opened in Kuala Lumpur on October 26, 2025. The summit was chaired by Malaysian Prime Minister Anwar Ibrahim.

ASEAN Secretary-General Kao Kim Hourn told reporters that the leaders adopted a declaration on maritime cooperation.

Malaysia handed over the ASEAN chairmanship to the Philippines, which will hold it from January 1, 2026.
`;

function articleFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), "communique-article-")), "asean.txt");
  writeFileSync(file, ARTICLE);
  return file;
}

interface Facts {
  events: { org: string | null; bodies: string[]; start: string | null; city: string | null; country: string | null; chair: string | null }[];
  people: { name: string; roles: { title: string; of: string | null }[] }[];
  chairmanships: { org: string; state: string; start: string | null; end: string | null }[];
}

test("--data adds an organization: its meeting, its official's role and its chairmanship handover are extracted", () => {
  const r = cli(["--data", knowledgeFolder(), "extract", articleFile(), "--no-evidence"]);
  assert.equal(r.code, 0, r.stderr);
  const facts = JSON.parse(r.stdout) as Facts;
  const summit = facts.events.find((e) => e.org === "ASEAN");
  assert.ok(summit, r.stdout);
  assert.deepEqual(summit.bodies, ["ASEAN Summit"]);
  assert.equal(summit.start, "2025-10-26");
  assert.equal(summit.city, "Kuala Lumpur");
  assert.equal(summit.country, "Malaysia");
  assert.equal(summit.chair, "Anwar Ibrahim");
  const sg = facts.people.find((p) => p.name === "Kao Kim Hourn");
  assert.ok(sg?.roles.some((x) => /^Secretary[- ]General$/.test(x.title) && x.of === "ASEAN"), JSON.stringify(sg));
  const chairs = facts.chairmanships.filter((c) => c.org === "ASEAN").map((c) => [c.state, c.start, c.end]);
  assert.deepEqual(chairs, [["Malaysia", null, "2026-01-01"], ["Philippines", "2026-01-01", null]]);
});

test("without the folder the same article yields no ASEAN facts", () => {
  const r = cli(["extract", articleFile(), "--no-evidence"]);
  assert.equal(r.code, 0, r.stderr);
  const facts = JSON.parse(r.stdout) as Facts;
  assert.equal(facts.events.filter((e) => e.org === "ASEAN").length, 0);
  assert.equal(facts.chairmanships.filter((c) => c.org === "ASEAN").length, 0);
});

test("COMMUNIQUE_DATA names the same folder", () => {
  const r = cli(["extract", articleFile(), "--no-evidence"], { env: { COMMUNIQUE_DATA: knowledgeFolder() } });
  assert.equal(r.code, 0, r.stderr);
  assert.ok((JSON.parse(r.stdout) as Facts).events.some((e) => e.org === "ASEAN"));
});

test("a broken knowledge file stops the run with its code, the file and the JSON path", () => {
  const dir = knowledgeFolder();
  writeFileSync(join(dir, "organizations.json"), JSON.stringify({ organizations: [{ abbr: "ASEAN", bodies: [{ name: "ASEAN Summit", meets: "yes" }] }] }));
  const r = cli(["--data", dir, "extract", articleFile()]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /E_DATA_SCHEMA/);
  assert.match(r.stderr, /organizations\.json/);
  assert.match(r.stderr, /organizations\[0\]\.bodies\[0\]\.meets/);
});
