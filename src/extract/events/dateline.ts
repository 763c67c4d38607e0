import type { Doc } from "../../nlp/doc.ts";
import { findCity } from "../../data/places.ts";
import { slotEvidence } from "../evidence.ts";
import type { Draft } from "./merge.ts";
import { isDatelineCity } from "./where.ts";
import { isDateline } from "./when.ts";

/**
 * "MINSK, November 23. /TASS/. … said at the session of the CSTO Collective Security Council": a report filed
 * from where the meeting it reports is held. The first held meeting of a body that the text gives no place, and no
 * date but the filing day, takes the dateline's city and date; any other such draft stays as it was.
 */
export function datelineFallback(doc: Doc, drafts: Draft[]): void {
  const city = doc.ents.find((e) => e.label === "CITY" && isDatelineCity(doc, e));
  if (!city) return;
  const d = drafts.find((x) => x.kind === "meeting" && x.status === "held" && x.bodies.length > 0 && !x.other);
  if (!d || d.city || d.country || d.remote) return;
  const date = doc.dates.find((x) => isDateline(doc, x))?.value ?? null;
  // A date of its own that is not the filing day: the meeting may well be elsewhere.
  if (d.start && d.start !== date) return;
  if (drafts.some((x) => x !== d && (x.city || (x.start && x.start !== date)))) return;
  d.city = city.norm;
  d.country = findCity(city.norm)?.country ?? null;
  const m = d.mentions[0]!;
  m.slots.push(slotEvidence(doc, "city", d.city, city, "place:dateline"));
  if (d.country) m.slots.push(slotEvidence(doc, "country", d.country, city, "place:dateline"));
  if (!d.start && date) {
    d.start = date;
    const at = doc.dates.find((x) => isDateline(doc, x))!;
    m.slots.push(slotEvidence(doc, "start", date, at, "date:dateline"));
  }
}
