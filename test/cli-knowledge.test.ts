// End-to-end: the knowledge commands of the CLI on the five seed examples, as a user runs them.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, EXAMPLES, tempDir } from "./helpers.ts";

let db: string;
before(() => {
  db = join(tempDir(), "kb.db");
  const r = cli(["ingest", EXAMPLES, "--db", db]);
  assert.equal(r.code, 0, r.stderr);
});

const json = (args: string[]) => {
  const r = cli([...args, "--db", db, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};

test("timeline: one row per real event, the Astana meeting with both its sources; --from/--to filter", () => {
  const rows = json(["timeline", "--org", "CSTO", "--from", "2018-05", "--to", "2018-05"]);
  assert.ok(rows.length >= 1);
  assert.ok(rows.every((r: { start: string }) => r.start.startsWith("2018-05")));
  const astana = rows.find((r: { city: string }) => r.city === "Astana");
  assert.deepEqual(astana.sources.map((s: { article: string }) => s.article).sort(), ["seed-000", "seed-004"]);
  const bad = cli(["timeline", "--db", db, "--from", "May 2018"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--from must be a date/);
});

test("event ID shows every slot with its sources; an unknown id exits 1 (not found)", () => {
  const [first] = json(["timeline", "--from", "2018-05-23", "--to", "2018-05-24"]);
  const ev = json(["event", first.key]);
  assert.equal(ev.chair, "Nurlan Yermekbayev");
  assert.equal(ev.documentsSigned, 11);
  assert.ok(ev.bodies.some((b: { value: string; sources: unknown[] }) => b.value === "Committee of Secretaries of Security Councils" && b.sources.length === 2));
  const r = cli(["event", "no-such-event", "--db", db]);
  assert.equal(r.code, 1, "nothing matched: exit 1, like grep");
  assert.match(r.stderr, /no event "no-such-event".*\[E_NOT_FOUND\]/);
});

test("office: CSTO Secretaries General in order with dates; person: offices, events and quotes", () => {
  const [office] = json(["office", "Secretary General", "--of", "CSTO"]);
  const holders = office.holders.filter((h: { acting: boolean }) => !h.acting);
  assert.deepEqual(holders.map((h: { person: string }) => h.person), ["Nikolai Bordyuzha", "Yuri Khachaturov", "Valery Semerikov"]);
  const [person] = json(["person", "Yermekbayev"]);
  assert.equal(person.name, "Nurlan Yermekbayev");
  assert.ok(person.offices.some((o: { title: string; of: string }) => o.title === "Secretary of the Security Council" && o.of === "Kazakhstan"));
  assert.ok(person.quotes.length > 0);
});

test("chairmanships as a timeline; topics by year; conflicts as a list", () => {
  const [csto] = json(["chairmanships"]);
  assert.deepEqual(csto.periods.map((p: { state: string }) => p.state), ["Kazakhstan", "Kyrgyzstan", "Kazakhstan"]);
  const topics = json(["topics", "--by", "year"]);
  const t2018 = topics.find((t: { bucket: string; topic: string }) => t.bucket === "2018" && t.topic === "terrorism");
  assert.ok(t2018 && t2018.events >= 2, JSON.stringify(topics.slice(0, 5)));
  assert.ok(Array.isArray(json(["conflicts"])));
  const table = cli(["chairmanships", "--db", db]);
  assert.match(table.stdout, /CSTO +Kyrgyzstan +2018-11-08 +2024-01-01/);
});

test("two outlets disagreeing on a slot: one event, and conflicts lists both values with their sources", async () => {
  const { writeFileSync } = await import("node:fs");
  const dir = tempDir();
  writeFileSync(join(dir, "first.txt"), "May 24, 2018\n\nThe CSTO Council of Foreign Ministers met in Almaty on May 24, 2018. The ministers signed 7 documents at the meeting.\n");
  writeFileSync(join(dir, "second.txt"), "May 25, 2018\n\nA meeting of the CSTO Council of Foreign Ministers was held in Almaty on May 24. At the end of the meeting, the ministers signed 9 documents.\n");
  const own = join(dir, "kb.db");
  assert.equal(cli(["ingest", dir, "--db", own]).code, 0);
  const timeline = JSON.parse(cli(["timeline", "--db", own, "--json"]).stdout);
  assert.equal(timeline.length, 1, "the two reports are one event");
  const conflicts = JSON.parse(cli(["conflicts", "--db", own, "--json"]).stdout);
  const docs = conflicts.find((c: { slot: string }) => c.slot === "documents_signed");
  assert.deepEqual(docs.values.map((v: { value: string }) => v.value).sort(), ["7", "9"]);
  assert.deepEqual(docs.values.map((v: { evidence: { articleSlug: string }[] }) => v.evidence[0]!.articleSlug).sort(), ["first", "second"]);
});
