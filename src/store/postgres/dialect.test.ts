import { test } from "node:test";
import assert from "node:assert/strict";
import { numbered } from "./dialect.ts";

test("postgres placeholders: each ? outside quotes becomes the next $n", () => {
  assert.equal(numbered(`a = ? AND b LIKE '?%' AND "c?" = ? ESCAPE '\\'`), `a = $1 AND b LIKE '?%' AND "c?" = $2 ESCAPE '\\'`);
  assert.equal(numbered("x = 'it''s ?' OR y IN (?, ?)"), "x = 'it''s ?' OR y IN ($1, $2)");
});
