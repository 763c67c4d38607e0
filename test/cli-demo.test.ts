import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, tempDir } from "./helpers.ts";

test("demo ingests the examples into a fresh database and prints the timeline", () => {
  const db = join(tempDir(), "demo.db");
  for (let run = 0; run < 2; run++) {
    // Twice: the second run starts from a fresh database again, so it reports 5 new articles, not 5 already stored.
    const r = cli(["demo", "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /ingested 5 new, 0 already stored, 0 failed/);
    assert.match(r.stdout, /Timeline of events/);
    // seed-000 and seed-004 report the same Astana meeting: one row of the merged timeline, with both sources.
    assert.match(r.stdout, /2018-05-23\.\.2018-05-24 +held +CSTO +Committee of Secretaries of Sec.*Astana, Kazakhstan.*seed-000, seed-004/);
  }
});
