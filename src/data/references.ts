import { DataError } from "../errors.ts";
import type { Knowledge } from "./kinds.ts";
import { originOf } from "./merge.ts";
import { fold } from "./load.ts";

/** Checks that every name one knowledge file uses to point into another is defined there. */
export function checkReferences(k: Knowledge): void {
  const countries = new Set(k.places.countries.flatMap((c) => [c.name, ...c.aliases]).map(fold));
  const cities = new Set(k.places.cities.flatMap((c) => [c.name, ...c.aliases]).map(fold));
  const titles = new Set(k.titles.titles.flatMap((t) => [t.title, ...t.aliases]).map(fold));
  const orgs = new Map(k.organizations.map((o) => [o.abbr, o]));
  const groups = new Set(k.memberGroups.map((g) => g.members));
  const fail = (entry: object, field: string, reason: string): never => {
    const o = originOf(entry);
    throw new DataError("E_DATA_REFERENCE", o.file, `${o.path}.${field}`, reason);
  };
  for (const o of k.organizations) {
    if (o.summitBody && !o.bodies.some((b) => b.name === o.summitBody)) fail(o, "summitBody", `"${o.summitBody}" is not one of ${o.abbr}'s bodies`);
    o.bodies.forEach((b, i) => {
      if (b.members && !groups.has(b.members)) fail(o, `bodies[${i}].members`, `"${b.members}" is not a member group (member-groups.json)`);
    });
  }
  for (const g of k.memberGroups) {
    g.forms.forEach((f, i) => {
      if (f.title && !titles.has(fold(f.title))) fail(g, `forms[${i}].title`, `"${f.title}" is not a known title (titles.json)`);
    });
  }
  for (const c of [...k.places.cities, ...k.places.regions, ...k.institutions]) if (!countries.has(fold(c.country))) fail(c, "country", `"${c.country}" is not a known country`);
  for (const s of k.sessions) {
    const org = orgs.get(s.org) ?? fail(s, "org", `"${s.org}" is not a known organization`);
    if (!org.bodies.some((b) => b.name === s.body)) fail(s, "body", `"${s.body}" is not one of ${s.org}'s bodies`);
    if (!cities.has(fold(s.city))) fail(s, "city", `"${s.city}" is not a known city`);
  }
  for (const o of k.offices) if (!orgs.has(o.of) && !countries.has(fold(o.of))) fail(o, "of", `"${o.of}" is neither a known organization nor a country`);
}
