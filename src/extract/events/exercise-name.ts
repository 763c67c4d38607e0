import { MONTH_ALTERNATION } from "../../nlp/dates/calendar-words.ts";
// An exercise's name: a capitalized word (or two) joined to a year ("Interaction-2023", "Rubezh 2018"),
// or a quoted name after "dubbed"/"codenamed"/"called".
const NAME_YEAR = /(?<![\p{L}-])(\p{Lu}[\p{L}]+(?:[- ]\p{Lu}[\p{L}]+)?)([- ])((?:19|20)\d\d)\b/gu;
const QUOTED = /\b(?:dubbed|code-?named|called|named)\s+[“"«‘']([^”"»’']{2,40})[”"»’']/iu;
const NOT_NAME = new RegExp(`^(?:In|On|At|Since|By|For|Until|From|Strategy|Development Strategy|${MONTH_ALTERNATION}|Summer|Winter|Spring|Autumn|Fall)$`);

/** The exercise's name as the text first gives it, or null. */
export function exerciseName(text: string): string | null {
  return exerciseNames(text)[0] ?? null;
}

/** Every exercise name of a text, in order ("Interaction-2023, Search-2023 and Echelon-2023"). */
export function exerciseNames(text: string): string[] {
  const q = QUOTED.exec(text);
  if (q) return [q[1]!.trim().replace(/[,.;:]+$/, "")];
  const out: string[] = [];
  for (const m of text.matchAll(NAME_YEAR)) {
    // "The Frontier 2019 exercises": the article opens the phrase, not the name.
    const word = m[1]!.replace(/^(?:The|A|An) (?=\p{Lu})/u, "");
    if (NOT_NAME.test(word) || /\b(?:Strategy|Program|Programme|Plan|Vision|Agenda)$/.test(word)) continue;
    if (/^(?:The|A|An)$/.test(word)) continue;
    // "CSTO Rubezh-2023", "Forces Interaction-2022": an abbreviation or a generic word before the name is not part of it.
    const lead = /^(\p{Lu}{2,6}|Forces?|Reaction|Rapid|Collective|Joint|Peacekeeping|Exercises?|Drills?|Troops|Staff|Command|Units?)[- ](?=\p{Lu})/u.exec(word);
    const name = `${lead ? word.slice(lead[0].length) : word}${m[2]}${m[3]}`;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** The year a name carries ("Interaction-2023" → 2023), or null. */
export function nameYear(name: string | null): string | null {
  return name ? (/(?:^|\D)((?:19|20)\d{2})$/.exec(name)?.[1] ?? null) : null;
}
