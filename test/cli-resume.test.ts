// Killing `ingest` midway and running it again stores every article exactly once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { cli, cliAsync, EXAMPLES, tempDir } from "./helpers.ts";
import { openStore } from "../src/store/open.ts";

async function storedCount(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.articles.counts()).articles;
  } finally {
    await store.close();
  }
}

test("a killed ingest resumes without storing anything twice", async () => {
  const dir = tempDir();
  const base = readFileSync(join(EXAMPLES, "seed-001.txt"), "utf8");
  const N = 60;
  for (let i = 0; i < N; i++) writeFileSync(join(dir, `copy-${String(i).padStart(3, "0")}.txt`), `${base}\nEdition ${i}.\n`);
  const db = join(tempDir(), "r.db");
  cli(["ingest", join(EXAMPLES, "seed-000.txt"), "--db", db, "--quiet"]); // creates the schema before we poll it
  const child = cliAsync(["ingest", dir, "--db", db, "--quiet"]);
  const exited = new Promise((resolve) => child.on("exit", resolve));
  let seen = 0;
  for (let i = 0; i < 400 && seen < 4; i++) {
    await sleep(25);
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
