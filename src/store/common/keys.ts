import { skeleton, surnameOf } from "../../nlp/entities/name-keys.ts";

/** A surname key: transliteration-tolerant for Latin script; other scripts fall back to lower case without accents. */
export function personKey(name: string): string {
  const surname = surnameOf(name.trim());
  return skeleton(surname) || surname.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** " key1 key2 ": the surname keys of every name a fact involves, so a person filter is one LIKE on one column. */
export function personKeys(names: (string | null | undefined)[]): string {
  const keys = new Set(names.filter((n): n is string => Boolean(n?.trim())).map(personKey).filter(Boolean));
  return ` ${[...keys].join(" ")} `;
}

/** LIKE pattern for the person filter; wildcards in what the user typed are escaped (used with ESCAPE '\'). */
export function personLike(query: string): string {
  return `% ${personKey(query).replace(/[\\%_]/g, (c) => `\\${c}`)} %`;
}
