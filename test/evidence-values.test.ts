// Every value carries its own evidence: the slot, the rule and the words that state it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cli, EXAMPLES } from "./helpers.ts";

interface Ev { start: number; end: number; rule: string; slot?: string; value?: string }

test("seed-004: the chair's evidence names the slot, the rule and the span of 'Nurlan Yermekbayev'", () => {
  const file = join(EXAMPLES, "seed-004.txt");
  const r = cli(["extract", file]);
  assert.equal(r.code, 0, r.stderr);
  const facts = JSON.parse(r.stdout) as { events: { chair: string | null; attendees: string[]; documents_signed: number | null; evidence: Ev[] }[] };
  const text = readFileSync(file, "utf8");
  const event = facts.events.find((e) => e.chair === "Nurlan Yermekbayev")!;
  const chair = event.evidence.find((e) => e.slot === "chair")!;
  assert.equal(chair.value, "Nurlan Yermekbayev");
  assert.match(chair.rule, /^chair:/);
  assert.equal(text.slice(chair.start, chair.end), "Nurlan Yermekbayev");
  // Each attendee and the count have theirs too.
  for (const a of event.attendees) assert.ok(event.evidence.some((e) => e.slot === "attendee" && e.value === a), a);
  const count = event.evidence.find((e) => e.slot === "documents_signed");
  assert.equal(count?.value, String(event.documents_signed));
  assert.match(text.slice(count!.start, count!.end), /\d+\s+documents/);
});

test("--no-evidence leaves the plain SCHEMA.md shape", () => {
  const r = cli(["extract", join(EXAMPLES, "seed-004.txt"), "--no-evidence"]);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /"evidence"/);
});

test("seed-001: the joint session of the three councils is one event with its three bodies, in Astana, Kazakhstan", () => {
  const r = cli(["extract", join(EXAMPLES, "seed-001.txt"), "--no-evidence"]);
  assert.equal(r.code, 0, r.stderr);
  const facts = JSON.parse(r.stdout) as { events: { bodies: string[]; start: string | null; city: string | null; country: string | null; status: string }[] };
  const joint = facts.events.find((e) => e.status === "held" && e.bodies.length === 3);
  assert.deepEqual(joint && [joint.bodies, joint.start, joint.city, joint.country], [
    ["Council of Foreign Ministers", "Council of Defence Ministers", "Committee of Secretaries of Security Councils"], "2018-11-08", "Astana", "Kazakhstan",
  ]);
});
