// One generic test for every declared extraction rule: each example is run through the whole pipeline and the rule
// must yield what the example says and nothing it forbids.
import { test } from "node:test";
import assert from "node:assert/strict";
import { RULES } from "../src/extract/rules/catalog/index.ts";
import { TEMPLATE_NAMES } from "../src/extract/chairmanship/rules.ts";
import { fireOn } from "../src/rules-run.ts";

for (const rule of RULES) {
  test(`rule ${rule.id}: its examples`, () => {
    assert.ok(rule.examples.length > 0, "a rule without examples");
    for (const ex of rule.examples) {
      const fired = fireOn(ex.text, ex.published);
      const values = fired.filter((f) => f.rule === rule.id).map((f) => f.value);
      const seen = `\n  text: ${ex.text}\n  this rule gave: ${JSON.stringify(values)}\n  all: ${JSON.stringify(fired.map((f) => `${f.rule}=${f.value}`))}`;
      for (const y of ex.yields) assert.ok(values.some((v) => v.includes(y)), `must yield "${y}"${seen}`);
      for (const n of ex.not ?? []) assert.ok(!values.some((v) => v.includes(n)), `must not yield "${n}"${seen}`);
      if (!ex.yields.length && !(ex.not ?? []).length) assert.fail(`an example that asserts nothing${seen}`);
    }
  });
}

test("rule ids are unique and every rule the examples fire is declared", () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  const fired = new Set(RULES.flatMap((r) => r.examples.flatMap((ex) => fireOn(ex.text, ex.published).map((f) => f.rule))));
  const undeclared = [...fired].filter((id) => !ids.includes(id));
  assert.deepEqual(undeclared, []);
});

test("every chairmanship template is declared with examples", () => {
  for (const name of TEMPLATE_NAMES) assert.ok(RULES.some((r) => r.id === `chairmanship:${name}`), name);
});
