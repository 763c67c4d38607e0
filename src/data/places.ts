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

/** A region, province or oblast: it places an event (an exercise at a training ground) in its country. */
export interface Region {
  name: string;
  aliases: string[];
  country: string;
}

const raw = loadData<{ countries: Country[]; cities: City[]; regions: Region[] }>("places.json");
export const COUNTRIES: readonly Country[] = raw.countries;
export const CITIES: readonly City[] = raw.cities;
export const REGIONS: readonly Region[] = raw.regions;

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

const regionByKey = new Map<string, Region>();
for (const r of REGIONS) for (const n of [r.name, ...r.aliases]) regionByKey.set(fold(n).replace(/ (?:region|province|oblast|territory|krai)$/, ""), r);

/** A region by its name, with or without "Region"/"Oblast" ("Mangystau region" → Mangystau, Kazakhstan). */
export function findRegion(name: string): Region | undefined {
  return regionByKey.get(fold(name).replace(/ (?:region|province|oblast|territory|krai)$/, ""));
}

type PlaceKind = "country" | "city" | "demonym" | "region";

/** Every surface form worth looking for in text, longest first, with what it denotes. */
export function placeForms(): { form: string; kind: PlaceKind; norm: string; country: string }[] {
  const out: { form: string; kind: PlaceKind; norm: string; country: string }[] = [];
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases]) out.push({ form: n, kind: "country", norm: c.name, country: c.name });
    for (const d of c.demonyms) out.push({ form: d, kind: "demonym", norm: c.name, country: c.name });
  }
  for (const c of CITIES) for (const n of [c.name, ...c.aliases]) out.push({ form: n, kind: "city", norm: c.name, country: c.country });
  for (const r of REGIONS) {
    for (const n of [r.name, ...r.aliases]) {
      // "Mangystau region", "Almaty Region", "Sughd Oblast": the region word belongs to the name.
      const base = n.replace(/ (?:Region|Province|Oblast|Territory|Krai)$/, "");
      for (const suffix of [" region", " Region", " oblast", " Oblast", " province", " Province"]) out.push({ form: base + suffix, kind: "region", norm: r.name, country: r.country });
      if (base === n) out.push({ form: n, kind: "region", norm: r.name, country: r.country });
    }
  }
  return out.sort((a, b) => b.form.length - a.form.length);
}
