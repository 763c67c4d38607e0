import { extractChairmanships } from "../chairmanships.ts";
import { analyzeText } from "../../nlp/analyze.ts";
import { extractPeople } from "../people.ts";
import type { EventFact } from "../types.ts";
import { extractEvents } from "./index.ts";

/** Events of a text run through the real pipeline (sentences, entities, dates, people). */
export function eventsOf(text: string, refDate: string | null = null): EventFact[] {
  const doc = analyzeText(text, { refDate });
  return extractEvents(doc, { people: extractPeople(doc), chairmanships: extractChairmanships(doc) });
}
