import type { Doc } from "../../nlp/doc.ts";
import type { Entity, Span } from "../../nlp/types.ts";
import { findCity, findCountry, findDemonym, findRegion } from "../../data/places.ts";
import { nearestIs } from "./when.ts";

export interface Where {
  city: string | null;
  country: string | null;
  remote: boolean;
  /** The place's words and the rule that chose them. */
  span?: Span;
  rule?: string;
}

const REMOTE = /\bvideo[- ]?conferenc\w*|\bvideo[- ]?link|\bvideo format|\bonline\b|\bvirtual(?:ly)?\b|\bremotely\b/i;
// A place word introduced as the event's venue ("in Minsk", "Astana hosted", "hosted by Moscow").
const VENUE_BEFORE = /(?:\bin|\bat|\bto|\bhosted by|\bvenue|\bcapital|\bcity of)\s+(?:the\s+)?$/i;
const HOST_AFTER = /^\s+(?:hosted|hosts|will host|is hosting|welcomed)\b/i;

/** A place entity used as the event's venue, not as part of a name ("Astana Declaration", "Moscow time"). */
function isVenue(doc: Doc, e: Entity): boolean {
  const before = doc.text.slice(Math.max(0, e.start - 25), e.start);
  const after = doc.text.slice(e.end, e.end + 25);
  if (/\b(?:stationed|based|deployed|located|garrisoned)\s+(?:in|at)\s+$|\bfrom\s+$/i.test(before)) return false;
  if (/^\s+(?:Declaration|Times|Treaty|Agreement|Initiative|Process|Format|Region|Oblast|Province)\b/i.test(after)) return false;
  // "the Balkhash range", "the Kapchagay training ground": a city's name given to a site elsewhere.
  if (/^\s+(?:(?:firing|shooting|missile)\s+)?(?:range|training\s+(?:ground|range|centre|center)|testing\s+ground|proving\s+ground|polygon|airfield|air\s+base|lake)\b/i.test(after)) return false;
  // "the Moscow summit", "at the Dushanbe meeting of the Council": the city names where the meeting is.
  const before2 = doc.text.slice(Math.max(0, e.start - 8), e.start);
  if (/\bthe\s+$/i.test(before2) && /^\s+(?:summit|meeting|session|sitting|talks)\b/i.test(after)) return true;
  return VENUE_BEFORE.test(before) || HOST_AFTER.test(after) || /^\s*(?:’s|'s)\s+\p{Ll}+\s+(?:region|part|province)/u.test(after);
}

export const isDatelineCity = (doc: Doc, e: Entity): boolean => {
  const lineStart = doc.text.lastIndexOf("\n", e.start) + 1;
  return /^\s*$/.test(doc.text.slice(lineStart, e.start)) && /^\s*[.,—–-]/.test(doc.text.slice(e.end, e.end + 3)) && e.text === e.text.toUpperCase();
};

/** Where the event a trigger names took place: a venue city (and its country), else a venue country. */
export function placeNear(doc: Doc, sentence: Span, trigger: Span, triggers: Span[] = [trigger]): Where {
  if (REMOTE.test(doc.slice(sentence)) && REMOTE.test(doc.text.slice(Math.max(sentence.start, trigger.start - 160), trigger.end + 160))) {
    const m = REMOTE.exec(doc.slice(sentence))!;
    return { city: null, country: null, remote: true, span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, rule: "place:remote" };
  }
  const ents = doc.entsIn(sentence).filter((e) => nearestIs(e, trigger, triggers) && !isDatelineCity(doc, e));
  const cities = ents.filter((e) => e.label === "CITY" && isVenue(doc, e));
  const byGap = (a: Entity, b: Entity) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start);
  const city = cities.sort(byGap)[0];
  if (city) return { city: city.norm, country: findCity(city.norm)?.country ?? null, remote: false, span: city, rule: "place:venue-city" };
  const countries = ents.filter((e) => e.label === "COUNTRY" && isVenue(doc, e)).sort(byGap);
  if (countries[0]) return { city: null, country: findCountry(countries[0].norm)?.name ?? countries[0].norm, remote: false, span: countries[0], rule: "place:venue-country" };
  // "at the training ground in the Mangystau region": a region places the event in its country.
  const region = ents.filter((e) => e.label === "REGION" && isVenue(doc, e)).sort(byGap)[0];
  const regionCountry = region ? findRegion(region.norm)?.country : undefined;
  if (regionCountry && region) return { city: null, country: regionCountry, remote: false, span: region, rule: "place:region" };
  // "at the Belarusian range Obuz-Lesnovsky", "at a Kazakh training ground": a site in the demonym's country.
  const site = /\b(?:at|on|to)\s+(?:the|a)\s+(\p{Lu}\p{Ll}+)\s+(?:(?:firing|shooting|missile)\s+)?(?:range|training\s+(?:ground|range|centre|center)|testing\s+ground|proving\s+ground|polygon|airfield|air\s+base)\b/u.exec(doc.slice(sentence));
  const siteCountry = site ? findDemonym(site[1]!) : undefined;
  if (siteCountry && site) return { city: null, country: siteCountry.name, remote: false, span: { start: sentence.start + site.index, end: sentence.start + site.index + site[0].length }, rule: "place:site-demonym" };
  // "arrived in the Armenian capital"
  const capital = /\b(?:in|to)\s+the\s+(\p{Lu}\p{Ll}+)\s+capital\b/u.exec(doc.slice(sentence));
  const c = capital ? findDemonym(capital[1]!) : undefined;
  if (c && capital) return { city: c.capital, country: c.name, remote: false, span: { start: sentence.start + capital.index, end: sentence.start + capital.index + capital[0].length }, rule: "place:demonym-capital" };
  // "in the capital" in a datelined report: the dateline's city.
  if (/\bin the capital\b(?!\s+of)/i.test(doc.slice(sentence))) {
    const dl = doc.ents.find((e) => e.label === "CITY" && isDatelineCity(doc, e));
    if (dl) return { city: dl.norm, country: findCity(dl.norm)?.country ?? null, remote: false, span: dl, rule: "place:dateline-capital" };
  }
  return { city: null, country: null, remote: false };
}
