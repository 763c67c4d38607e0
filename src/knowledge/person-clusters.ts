import type { PersonInput } from "./types.ts";
import { compareRefs } from "./types.ts";
import { nameBlockKeys, parseName, type NameParts } from "./person-name.ts";
import { samePerson, type RoleContext } from "./person-identity.ts";
import { tieredGroups } from "./tiered.ts";

export interface PersonKey {
  name: NameParts;
  roles: RoleContext[];
}

/** Most precise first: full names, then names with an initial, then bare surnames. */
export const PERSON_LEVELS: NameParts["level"][] = ["full", "initial", "surname"];

/**
 * One identity per person across articles: full names first, then names with an initial, then bare surnames, each
 * vaguer mention joining only the single identity it fits. The article's fullest form of the name is used (aliases
 * such as "N. Yermekbayev" are the same person by the extractor's own resolution).
 */
export function clusterPeople(inputs: readonly PersonInput[]): PersonInput[][] {
  const items = [...inputs].sort((a, b) => compareRefs(a.ref, b.ref));
  const keys: PersonKey[] = items.map((i) => ({ name: parseName(i.fact.name), roles: i.fact.roles }));
  const groups = tieredGroups<PersonKey, NameParts["level"]>({
    keys,
    level: (k) => k.name.level,
    levels: PERSON_LEVELS,
    blockKeys: (k) => nameBlockKeys(k.name),
    same: samePerson,
  });
  return groups.map((g) => g.map((i) => items[i]!));
}
