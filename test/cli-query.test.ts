// Query commands over a store filled from the examples.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, EXAMPLES, tempDir } from "./helpers.ts";

const db = join(tempDir(), "q.db");
before(() => {
  const r = cli(["ingest", EXAMPLES, "--db", db, "--quiet"]);
  assert.equal(r.code, 0, r.stderr);
});

test("events --json gives the Astana CSSC meeting with its chair and documents", () => {
  const r = cli(["events", "--db", db, "--json", "--org", "CSTO", "--year", "2018"]);
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as { chair: string | null; documentsSigned: number | null; start: string | null; org: string }[];
  assert.ok(rows.length > 0);
  assert.ok(rows.every((e) => e.org === "CSTO" && (e.start ?? "").startsWith("2018")));
  assert.ok(rows.some((e) => e.chair === "Nurlan Yermekbayev" && e.documentsSigned === 11));
});

test("events --evidence shows the source sentence under each row", () => {
  const r = cli(["events", "--db", db, "--evidence", "--body", "Committee of Secretaries of Security Councils"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Committee of Secretaries of Security Councils/);
  assert.match(r.stdout, /↳ \[seed-004 \d+-\d+ [^\]]+\] .*11 documents were signed/);
});

test("people and quotes filter by person", () => {
  const people = JSON.parse(cli(["people", "--db", db, "--json", "--person", "Yermekbayev"]).stdout) as { name: string }[];
  assert.ok(people.length > 0 && people.every((p) => p.name === "Nurlan Yermekbayev"));
  const quotes = JSON.parse(cli(["quotes", "--db", db, "--json", "--person", "Nazarbayev"]).stdout) as { speaker: string }[];
  assert.ok(quotes.length > 0 && quotes.every((q) => q.speaker === "Nursultan Nazarbayev"));
  const table = cli(["people", "--db", db, "--country", "Kyrgyzstan"]);
  assert.match(table.stdout, /Jeenbekov/);
});

test("a bad filter value is a usage error with exit code 2", () => {
  const r = cli(["events", "--db", db, "--year", "last"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--year must be a whole number/);
});
