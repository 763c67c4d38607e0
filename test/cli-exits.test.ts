// Honest exits for a newcomer's first mistakes: a version, clear coded errors instead of stacks, non-zero exits for
// "not found", and no database made up by a query on a mistyped --db.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { cli, EXAMPLES, ROOT, tempDir } from "./helpers.ts";

const dir = tempDir();
const db = join(dir, "kb.db");
before(() => {
  const r = cli(["ingest", EXAMPLES, "--db", db, "--quiet"]);
  assert.equal(r.code, 0, r.stderr);
});

test("--version prints the package version", () => {
  const r = cli(["--version"]);
  assert.equal(r.code, 0);
  assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
});

test("a lookup that finds nothing exits 1 with a coded message; one that finds something exits 0", () => {
  const nobody = cli(["person", "Nobody", "--db", db]);
  assert.equal(nobody.code, 1);
  assert.match(nobody.stderr, /no person matching "Nobody".*\[E_NOT_FOUND\]/);
  assert.equal(cli(["person", "Nobody", "--db", db, "--json"]).code, 1);
  assert.equal(cli(["office", "Grand Vizier", "--db", db]).code, 1);
  assert.equal(cli(["person", "Yermekbayev", "--db", db]).code, 0);
});

test("query commands on a database that does not exist fail clearly and create nothing", () => {
  const missing = join(dir, "mistyped.db");
  for (const args of [["events"], ["timeline"], ["person", "Tokayev"], ["office", "President"], ["quotes"], ["serve", "--port", "0"]]) {
    const r = cli([...args, "--db", missing]);
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.stderr, /no database at .*mistyped\.db.*\[E_STORE_MISSING\]/, args.join(" "));
    assert.ok(!existsSync(missing), `${args[0]} created no file`);
  }
});

test("an impossible date in a flag is a usage error naming the flag, as in the API", () => {
  const r = cli(["timeline", "--from", "2018-02-30", "--db", db]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--from must be a date .*"2018-02-30".*\[E_USAGE\]/);
});

test("serve on a busy port is one coded line, not a stack", async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = busy.address() as AddressInfo;
    const r = await new Promise<ReturnType<typeof cli>>((resolve) => setImmediate(() => resolve(cli(["serve", "--db", db, "--port", String(port)]))));
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`127\\.0\\.0\\.1:${port} is already in use.*--port.*\\[E_PORT_IN_USE\\]`));
    assert.doesNotMatch(r.stderr, /EADDRINUSE|\n\s+at /);
  } finally {
    busy.close();
  }
});

test("office: the 'succeeded by' column names the successor, never a date", () => {
  const r = cli(["office", "President", "--of", "Kazakhstan", "--db", db]);
  assert.equal(r.code, 0, r.stderr);
  const [head, , ...rows] = r.stdout.trimEnd().split("\n");
  const at = head!.indexOf("succeeded by");
  const next = head!.indexOf("sources");
  const cells = rows.slice(0, -1).map((l) => l.slice(at, next).trim());
  assert.ok(cells.some((c) => c.length > 0), "some holder has a successor");
  for (const c of cells) assert.doesNotMatch(c, /\d{4}/);
  assert.ok(cells.filter(Boolean).every((c) => rows.some((l) => l.includes(c) && l.indexOf(c) < at)), "each successor is a holder of the office");
});
