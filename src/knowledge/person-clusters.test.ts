import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterPeople } from "./person-clusters.ts";
import { person } from "./test-facts.ts";
import type { PersonInput } from "./types.ts";

const input = (article: string, name: string, roles: { title: string; of: string | null }[] = []): PersonInput => ({
  ref: { article, index: 0 }, fact: person(name, roles),
});
const shape = (groups: PersonInput[][]) => groups.map((g) => g.map((p) => `${p.ref.article}:${p.fact.name}`).sort().join(" | ")).sort();

test("spellings of one person across articles form one identity", () => {
  const groups = clusterPeople([
    input("a", "Sooronbai Zheenbekov", [{ title: "President", of: "Kyrgyzstan" }]),
    input("b", "Sooronbay Jeenbekov"),
    input("c", "S. Jeenbekov"),
    input("d", "Almazbek Atambayev"),
  ]);
  assert.deepEqual(shape(groups), ["a:Sooronbai Zheenbekov | b:Sooronbay Jeenbekov | c:S. Jeenbekov", "d:Almazbek Atambayev"]);
});

test("a bare surname shared by two people joins neither", () => {
  const groups = clusterPeople([
    input("a", "Sergei Ivanov", [{ title: "Defence Minister", of: "Russia" }]),
    input("b", "Viktor Ivanov", [{ title: "Director", of: "Russia" }]),
    input("c", "Ivanov", [{ title: "Minister", of: "Russia" }]),
  ]);
  assert.equal(groups.length, 3);
});

test("identities do not depend on input order", () => {
  const inputs = [
    input("a", "Kassym-Jomart Tokayev"), input("b", "Kassym-Jomart Tokaev"), input("c", "K. Tokayev"),
    input("d", "Nursultan Nazarbayev"), input("e", "Nazarbayev", [{ title: "President", of: "Kazakhstan" }]),
  ];
  const expected = shape(clusterPeople(inputs));
  assert.deepEqual(shape(clusterPeople([...inputs].reverse())), expected);
  assert.equal(expected.length, 3);
});
