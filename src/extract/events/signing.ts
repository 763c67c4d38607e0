import type { Doc } from "../../nlp/doc.ts";
import type { EventFact } from "../types.ts";
import { evidenceOf } from "../evidence.ts";
import { organizations } from "../../data/organizations.ts";
import { findCity } from "../../data/places.ts";
import { matchesOf } from "../../nlp/match-all.ts";

// "the Collective Security Treaty (CST) was signed on May 15, 1992 in Tashkent": a signing is a meeting of its parties.
const SIGNED = /\b((?:[\p{Lu}][\p{L}-]*\s+){0,5}(?:Treaty|Charter|Agreement|Convention|Declaration|Accord|Protocol)|[\p{Lu}]{2,6})(?:\s+\([\p{Lu}]{2,6}\))?\s+(?:was|were|had been)\s+signed\b/gu;

/** Treaties the text says were signed at a stated place and date: held meetings of no organization's body. */
export function signingEvents(doc: Doc): EventFact[] {
  const out: EventFact[] = [];
  for (const s of doc.sentences) {
    const text = doc.slice(s);
    for (const m of matchesOf(SIGNED, text)) {
      const at = s.start + m.index + m[0].length;
      const rest = { start: at, end: Math.min(s.end, at + 60) };
      const date = doc.datesIn(rest).find((d) => d.value.length === 10) ?? doc.datesIn(s).find((d) => d.value.length === 10);
      const city = doc.entsIn(rest, "CITY")[0];
      if (!date || !city) continue;
      const title = expand(m[1]!.trim());
      if (out.some((e) => e.start === date.value)) continue;
      out.push({
        kind: "meeting", status: "held", org: null, bodies: [], name: null, start: date.value, end: null,
        city: city.norm, country: findCity(city.norm)?.country ?? null, chair: null, attendees: [], states: [],
        documents_signed: null, documents: [title], evidence: [evidenceOf(doc, { start: s.start + m.index, end: at }, "event:signing")],
      });
    }
  }
  return out;
}

/** "CST" → "Collective Security Treaty", when an organization's abbreviation is it plus "O" ("CSTO"). */
function expand(title: string): string {
  if (!/^[\p{Lu}]{2,6}$/u.test(title)) return title.replace(/^(?:The|the)\s+/, "");
  const org = organizations().find((o) => o.abbr === `${title}O`);
  const name = org?.names.find((n) => /\s+Organi[sz]ation$/.test(n));
  return name ? name.replace(/\s+Organi[sz]ation$/, "") : title;
}
