import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, ROOT, tempDir } from "./helpers.ts";

interface Row { id: string; family: string; examples: number; fired: number; correct: number; precision: number | null }

test("communique rules lists every rule with its examples", () => {
  const r = cli(["rules", "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as Row[];
  assert.ok(rows.length > 40);
  for (const row of rows) assert.ok(row.examples > 0, row.id);
  assert.ok(rows.some((x) => x.id === "chair:chaired-by"));
});

test("communique rules --gold judges each rule use against gold facts", () => {
  // A gold folder of our own: one article, and a careful reading of it where the chair is right and the date wrong.
  const dir = tempDir();
  writeFileSync(join(dir, "x-1.txt"), "May 21, 2024\n\nThe CSTO Council of Foreign Ministers met in Minsk on May 20, 2024. The meeting was chaired by Belarusian Foreign Minister Maxim Ryzhenkov.\n");
  const event = { kind: "meeting", status: "held", org: "CSTO", bodies: ["Council of Foreign Ministers"], name: null, start: "2024-05", end: null, city: "Minsk", country: "Belarus", chair: "Maxim Ryzhenkov", attendees: ["Maxim Ryzhenkov"], states: [], documents_signed: null, documents: [] };
  writeFileSync(join(dir, "x-1.json"), JSON.stringify({ id: "x-1", published: "2024-05-21", outlet: null, dateline: null, events: [event], people: [{ name: "Maxim Ryzhenkov", roles: [{ title: "Foreign Minister", of: "Belarus" }] }], quotes: [], chairmanships: [] }));
  const r = cli(["rules", "--gold", dir, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const rows = new Map((JSON.parse(r.stdout) as Row[]).map((x) => [x.id, x]));
  assert.deepEqual([rows.get("chair:chaired-by")?.fired, rows.get("chair:chaired-by")?.correct, rows.get("chair:chaired-by")?.precision], [1, 1, 1]);
  assert.deepEqual([rows.get("date:nearest")?.fired, rows.get("date:nearest")?.correct, rows.get("date:nearest")?.precision], [1, 0, 0]);
  assert.equal(rows.get("role:prefix")?.correct, 1);
  assert.equal(rows.get("count:total")?.precision, null, "a rule that never fired has no precision");
});

const dev = join(ROOT, "..", "shared", "eval", "dev");
test("communique rules --gold on the dev set prints id, fired, correct and precision for every rule", { skip: !existsSync(dev) && `no dev set at ${dev}` }, () => {
  const r = cli(["rules", "--gold", dev, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as Row[];
  for (const row of rows) for (const k of ["id", "fired", "correct", "precision"]) assert.ok(k in row, `${row.id} lacks ${k}`);
  assert.ok(rows.filter((x) => x.fired > 0).length > 30);
});
