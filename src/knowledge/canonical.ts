import { findBody, normBody, orgOf } from "../data/organizations.ts";
import { findCity, findCountry } from "../data/places.ts";

/** Canonical forms of the names facts share across articles (Nur-Sultan → Astana, Russian Federation → Russia). */

// Ways of naming the meeting of the heads of state without the body's name.
const SUMMIT = /^(summit|summit of heads of state|heads of state summit|(jubilee |informal )?summit meeting)$/;

export function canonicalOrg(org: string | null): string | null {
  return org ? (orgOf(org)?.abbr ?? org.trim()) : null;
}

export function canonicalBody(org: string | null, body: string): string {
  const o = org ? orgOf(org) : undefined;
  if (o?.summitBody && SUMMIT.test(normBody(body))) return o.summitBody;
  return (org ? findBody(org, body)?.name : undefined) ?? body.trim();
}

export function canonicalCity(city: string | null): string | null {
  return city ? (findCity(city)?.name ?? city.trim()) : null;
}

export function canonicalCountry(country: string | null): string | null {
  return country ? (findCountry(country)?.name ?? country.trim()) : null;
}

/** The "of" of a role: an organization's abbreviation or a country's short name. */
export function canonicalOf(of: string | null): string | null {
  if (!of) return null;
  return orgOf(of)?.abbr ?? findCountry(of)?.name ?? of.trim();
}
