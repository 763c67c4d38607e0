import { derive, knowledge } from "./current.ts";
import type { City, Country, Region } from "./kinds.ts";
import { fold } from "./load.ts";

export type { City, Country, Region };

export const countries = (): readonly Country[] => knowledge().places.countries;
export const cities = (): readonly City[] => knowledge().places.cities;
export const regions = (): readonly Region[] => knowledge().places.regions;

const index = derive((k) => {
  const country = new Map<string, Country>();
  const demonym = new Map<string, Country>();
  for (const c of k.places.countries) {
    for (const n of [c.name, ...c.aliases]) country.set(fold(n), c);
    for (const d of c.demonyms) demonym.set(fold(d), c);
  }
  const city = new Map<string, City>();
  for (const c of k.places.cities) for (const n of [c.name, ...c.aliases]) city.set(fold(n), c);
  const region = new Map<string, Region>();
  for (const r of k.places.regions) for (const n of [r.name, ...r.aliases]) region.set(regionKey(n), r);
  return { country, demonym, city, region };
});

const regionKey = (name: string): string => fold(name).replace(/ (?:region|province|oblast|territory|krai)$/, "");

/** A country by its name or an alias ("Russian Federation" → Russia). */
export function findCountry(name: string): Country | undefined {
  return index().country.get(fold(name).replace(/^the /, ""));
}

/** A country by its demonym or adjective ("Kazakh" → Kazakhstan). */
export function findDemonym(word: string): Country | undefined {
  return index().demonym.get(fold(word));
}

/** A city by its canonical name or an alias, including former names ("Nur-Sultan" → Astana). */
export function findCity(name: string): City | undefined {
  return index().city.get(fold(name));
}

/** A region by its name, with or without "Region"/"Oblast" ("Mangystau region" → Mangystau, Kazakhstan). */
export function findRegion(name: string): Region | undefined {
  return index().region.get(regionKey(name));
}

type PlaceKind = "country" | "city" | "demonym" | "region";

/** Every surface form worth looking for in text, longest first, with what it denotes. */
export const placeForms = derive((k): { form: string; kind: PlaceKind; norm: string; country: string }[] => {
  const out: { form: string; kind: PlaceKind; norm: string; country: string }[] = [];
  for (const c of k.places.countries) {
    for (const n of [c.name, ...c.aliases]) out.push({ form: n, kind: "country", norm: c.name, country: c.name });
    for (const d of c.demonyms) out.push({ form: d, kind: "demonym", norm: c.name, country: c.name });
  }
  for (const c of k.places.cities) for (const n of [c.name, ...c.aliases]) out.push({ form: n, kind: "city", norm: c.name, country: c.country });
  for (const r of k.places.regions) {
    for (const n of [r.name, ...r.aliases]) {
      // "Mangystau region", "Almaty Region", "Sughd Oblast": the region word belongs to the name.
      const base = n.replace(/ (?:Region|Province|Oblast|Territory|Krai)$/, "");
      for (const suffix of [" region", " Region", " oblast", " Oblast", " province", " Province"]) out.push({ form: base + suffix, kind: "region", norm: r.name, country: r.country });
      if (base === n) out.push({ form: n, kind: "region", norm: r.name, country: r.country });
    }
  }
  return out.sort((a, b) => b.form.length - a.form.length);
});
