import { fold, loadData } from "./load.ts";

export interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string;
}
export interface City {
  name: string;
  aliases: string[];
  country: string;
}

const raw = loadData<{ countries: Country[]; cities: City[] }>("places.json");
export const COUNTRIES: readonly Country[] = raw.countries;
export const CITIES: readonly City[] = raw.cities;

const countryByKey = new Map<string, Country>();
const demonymByKey = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) countryByKey.set(fold(n), c);
  for (const d of c.demonyms) demonymByKey.set(fold(d), c);
}
const cityByKey = new Map<string, City>();
for (const c of CITIES) for (const n of [c.name, ...c.aliases]) cityByKey.set(fold(n), c);

/** A country by its name or an alias ("Russian Federation" → Russia). */
export function findCountry(name: string): Country | undefined {
  return countryByKey.get(fold(name).replace(/^the /, ""));
}

/** A country by its demonym or adjective ("Kazakh" → Kazakhstan). */
export function findDemonym(word: string): Country | undefined {
  return demonymByKey.get(fold(word));
}

/** A city by its canonical name or an alias, including former names ("Nur-Sultan" → Astana). */
export function findCity(name: string): City | undefined {
  return cityByKey.get(fold(name));
}

/** Every surface form worth looking for in text, longest first, with what it denotes. */
export function placeForms(): { form: string; kind: "country" | "city" | "demonym"; norm: string; country: string }[] {
  const out: { form: string; kind: "country" | "city" | "demonym"; norm: string; country: string }[] = [];
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases]) out.push({ form: n, kind: "country", norm: c.name, country: c.name });
    for (const d of c.demonyms) out.push({ form: d, kind: "demonym", norm: c.name, country: c.name });
  }
  for (const c of CITIES) for (const n of [c.name, ...c.aliases]) out.push({ form: n, kind: "city", norm: c.name, country: c.country });
  return out.sort((a, b) => b.form.length - a.form.length);
}
