// Killing `ingest` midway and running it again stores every article exactly once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { cli, cliAsync, EXAMPLES, tempDir } from "./helpers.ts";

// A read-only count, cheap enough to poll while the ingest commits its (batched) transactions.
async function storedCount(db: string): Promise<number> {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return d.prepare("SELECT count(*) FROM articles").pluck().get() as number;
  } finally {
    d.close();
  }
}

test("a killed ingest resumes without storing anything twice", async () => {
  const dir = tempDir();
  const base = readFileSync(join(EXAMPLES, "seed-001.txt"), "utf8");
  const N = 200;
  for (let i = 0; i < N; i++) writeFileSync(join(dir, `copy-${String(i).padStart(3, "0")}.txt`), `${base}\nEdition ${i}.\n`);
  const db = join(tempDir(), "r.db");
  cli(["ingest", join(EXAMPLES, "seed-000.txt"), "--db", db, "--quiet"]); // creates the schema before we poll it
  const child = cliAsync(["ingest", dir, "--db", db, "--quiet"]);
  const exited = new Promise((resolve) => child.on("exit", resolve));
  let seen = 0;
  for (let i = 0; i < 4000 && seen < 4; i++) {
    await sleep(5);
    seen = (await storedCount(db)) - 1;
  }
  child.kill("SIGKILL");
  await exited;
  const partial = (await storedCount(db)) - 1;
  assert.ok(partial > 0 && partial < N, `the kill should land midway (stored ${partial} of ${N})`);
  const r = cli(["ingest", dir, "--db", db, "--quiet"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`ingested ${N - partial} new, ${partial} already stored, 0 failed`));
  assert.equal(await storedCount(db), N + 1);
});
