import { test } from "node:test";
import assert from "node:assert/strict";
import { parseName } from "./person-name.ts";
import { samePerson, surnameRelation, type RoleContext } from "./person-identity.ts";

const p = (name: string, roles: RoleContext[] = []) => ({ name: parseName(name), roles });
const same = (a: ReturnType<typeof p>, b: ReturnType<typeof p>) => samePerson(a, b);

test("names are split into first name, initial and surname, without ranks", () => {
  assert.deepEqual(parseName("Colonel General Anatoly Sidorov"), { first: "anatoly", initial: "a", surname: "sidorov", key: "sidorov", level: "full" });
  assert.equal(parseName("A. Sidorov").level, "initial");
  assert.equal(parseName("Sidorov").level, "surname");
  assert.equal(parseName("Kassym-Jomart Tokayev").first, "kassymjomart");
});

test("transliteration variants of one surname relate, different surnames do not", () => {
  assert.equal(surnameRelation(parseName("Zheenbekov").key, parseName("Jeenbekov").key), "equal");
  assert.equal(surnameRelation(parseName("Rakhmon").key, parseName("Rahmon").key), "equal");
  assert.equal(surnameRelation(parseName("Tokaev").key, parseName("Tokayev").key), "equal");
  assert.equal(surnameRelation(parseName("Zas").key, parseName("Zassev").key), "extended");
  assert.equal(surnameRelation(parseName("Ivanov").key, parseName("Smirnov").key), "none");
});

test("full names with compatible spellings are one person", () => {
  assert.ok(same(p("Aleksandr Lukashenko"), p("Alexander Lukashenko")));
  assert.ok(same(p("Emomali Rakhmon"), p("E. Rahmon")));
  assert.ok(!same(p("Sergei Ivanov"), p("Viktor Ivanov")));
});

test("a bare surname needs shared role context", () => {
  assert.ok(!same(p("Ivanov"), p("Sergei Ivanov")));
  assert.ok(same(p("Ivanov", [{ title: "Minister", of: "Russian Federation" }]), p("Sergei Ivanov", [{ title: "Defence Minister", of: "Russia" }])));
});

test("a surname extended by a suffix needs the same first name", () => {
  assert.ok(same(p("Stanislav Zas", [{ title: "Secretary", of: "Belarus" }]), p("Stanislav Zassev", [{ title: "Head", of: "Belarus" }])));
  assert.ok(!same(p("S. Zas"), p("Stanislav Zassev")));
  assert.ok(!same(p("Ivan Petro"), p("Pavel Petrov")));
});

test("a surname written first is the surname across articles too: Wang Yi and Wang are one person", () => {
  const full = parseName("Wang Yi");
  const alone = parseName("Wang");
  assert.equal(full.surname, "wang");
  assert.equal(full.first, "yi");
  assert.equal(full.key, alone.key);
});
