import { test } from "node:test";
import assert from "node:assert/strict";
import { CommuniqueError, ERROR_STATUS, type ErrorCode } from "./errors.ts";
import { HttpError } from "./server/http-error.ts";

test("every code has an HTTP status and an exit code, and HttpError answers with the table's status", () => {
  for (const [code, { http, exit }] of Object.entries(ERROR_STATUS) as [ErrorCode, { http: number; exit: number }][]) {
    assert.ok(http >= 400 && http < 600, code);
    assert.ok(exit === 1 || exit === 2, code);
    assert.equal(new HttpError(code, "x").status, http);
  }
  assert.equal(ERROR_STATUS.E_NOT_FOUND.exit, 1, "nothing matched exits 1, like grep");
  assert.equal(ERROR_STATUS.E_METHOD.http, 405);
});

test("HttpError.from keeps a client error's message but not a server failure's, which may name server files", () => {
  assert.equal(HttpError.from(new CommuniqueError("E_VALIDATION", "year must be a year")).message, "year must be a year");
  const store = HttpError.from(new CommuniqueError("E_STORE", "cannot open /srv/data/kb.db"));
  assert.deepEqual([store.status, store.code], [503, "E_STORE"]);
  assert.doesNotMatch(store.message, /srv/);
  const crash = HttpError.from(new TypeError("x is undefined"));
  assert.deepEqual([crash.status, crash.code, crash.message], [500, "E_INTERNAL", "internal error"]);
});
