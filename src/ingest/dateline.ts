import { fold } from "../data/load.ts";
import { cities, findCity, findCountry } from "../data/places.ts";
import { findOutlet } from "../data/outlets.ts";

/** The dateline opening a story: "ASTANA. May 23 (Interfax) -", "MINSK, May 18 /TASS/.", "DUSHANBE –". */
export interface Dateline {
  city: string;
  /** Offsets within the line. */
  cityAt: { index: number; length: number };
  /** The wire credit, as written inside its brackets or slashes ("Interfax", "TASS", "ARMENPRESS"). */
  credit: { text: string; index: number; length: number } | null;
  /** Where the whole dateline (city, date, credit, separator) ends within the line. */
  end: number;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s*\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?(?:,?\\s+\\d{1,2}:\\d{2})?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}`;
// After the city: an optional ", Country", an optional date, an optional credit, then the separator before the story.
const TAIL = new RegExp(
  `^(?:,\\s*(?<country>[\\p{L} ]{3,30}?)(?=[,.(/]|\\s+[-–—]))?` +
    `(?:[,.]?\\s*(?<date>${DATE}))?` +
    `(?:[,.]?\\s*(?<credit>\\([^()]{2,60}\\)|/[^/]{2,60}/|«[^»]{2,40}»|\\p{Lu}[\\p{Lu}\\p{Ll}\\-.]{1,30}(?=\\s*(?:[:–—]|--?|\\.)\\s)))?` +
    `\\s*(?<sep>--?|[–—:]|\\.(?=\\s))?`,
  "iu",
);
const CAPS_CITY = /^(?:ST\.? |SAINT )?\p{Lu}[\p{Lu}'’]+(?:[- ]\p{Lu}[\p{Lu}'’]+){0,2}(?![\p{Ll}])/u;
// Capitalised words that open a line without being places.
const NOT_CITIES = new Set(["breaking", "update", "updated", "exclusive", "photo", "video", "opinion", "analysis", "interview", "comment", "editorial", "note", "warning", "urgent", "flash", "correction", "statement", "press release"]);

/** The dateline at the start of a line, or null. A city alone needs a dash after it; with a date or credit, any separator. */
export function parseDateline(line: string): Dateline | null {
  const lead = line.length - line.trimStart().length;
  const s = line.slice(lead);
  const cityText = capsCity(s) ?? knownCityPrefix(s);
  if (!cityText) return null;
  const caps = cityText === cityText.toUpperCase();
  const tail = TAIL.exec(s.slice(cityText.length));
  if (!tail?.groups) return null;
  const { country, date, credit, sep } = tail.groups;
  if (country && !findCountry(country.trim())) return null;
  const creditOk = credit ? creditText(credit) : null;
  if (credit && !creditOk) return null;
  const bareCredit = credit && !/^[(/«]/.test(credit);
  // "ASTANA May 29 The presidents…": a known city in capitals and a date need no separator before the story.
  const runOn = !sep && caps && date && !credit && Boolean(findCity(cityText)) && /\s$/.test(tail[0]) && /^\p{Lu}/u.test(s.slice(cityText.length + tail[0].length));
  if (!sep && (!credit || bareCredit) && !runOn) return null;
  // An unbracketed credit ("YEREVAN, MAY 5, ARMENPRESS:") must look like one: in capitals, or a known outlet.
  if (bareCredit && credit !== credit.toUpperCase() && !findOutlet(credit)) return null;
  // "Astana - the ..." is a dateline only in capitals or with its date/credit; "Astana: " opens a sentence too often.
  if (!caps && !date && !credit && !/^\s*[-–—]/.test(s.slice(cityText.length + (country ? tail[0].indexOf(country) + country.length : 0)))) return null;
  // The span covers the name itself, inside its brackets or slashes, when it is written there as is.
  const inner = credit && creditOk ? Math.max(0, credit.indexOf(creditOk)) : 0;
  const creditAt = credit ? cityText.length + tail[0].indexOf(credit) + inner : -1;
  return {
    city: cityName(cityText),
    cityAt: { index: lead, length: cityText.length },
    credit: creditOk && credit ? { text: creditOk, index: lead + creditAt, length: credit.includes(creditOk) ? creditOk.length : credit.length } : null,
    end: lead + cityText.length + tail[0].length,
  };
}

function capsCity(s: string): string | null {
  const m = CAPS_CITY.exec(s);
  if (!m) return null;
  const t = m[0];
  if (NOT_CITIES.has(t.toLowerCase()) || findCountry(t) || isBrand(t)) return null;
  // Short capitals are mostly acronyms (CSTO, SCO, UN); a short city must be a known one.
  return findCity(t) || t.replace(/[^\p{L}]/gu, "").length >= 5 ? t : null;
}

/** "OREANDA-NEWS.", "INTERFAX-AVN": a wire's or a site's name in capitals where a city would stand. */
export const isBrand = (t: string): boolean => /(?:^|[-\s])(?:NEWS|PRESS|AGENCY|INFO|TV|MEDIA|ONLINE)$/.test(t) || Boolean(findOutlet(t));

/** A dateline city misspelt by one swap or edit ("DUSAHNBE"): the known city it can only be. */
function nearCity(text: string): ReturnType<typeof findCity> {
  const key = fold(text).replace(/ /g, "");
  if (key.length < 6) return undefined;
  const hits = citiesByLength(key.length).filter((c) => closeSpelling(key, fold(c.name).replace(/ /g, "")));
  return hits.length === 1 ? hits[0] : undefined;
}

// The first three words of a line as split before each separator: "Nur-Sultan", " (Kazinform)", ...
const HEAD_WORDS = /^([\s\S][^\s,.(/]*)([\s,.(/][^\s,.(/]*)?([\s,.(/][^\s,.(/]*)?/;

function knownCityPrefix(s: string): string | null {
  // Every candidate starts with the line's first character: a city name starts with a capital.
  if (!/^\p{Lu}/u.test(s)) return null;
  const m = HEAD_WORDS.exec(s);
  if (!m) return null;
  const words = [m[1]!, m[2], m[3]].filter((w): w is string => w !== undefined);
  for (let n = words.length; n >= 1; n--) {
    const t = words.slice(0, n).join("");
    if (/[\p{L}.]$/u.test(t) && findCity(t)) return t;
  }
  return null;
}

/** The outlet inside a credit, or null when the bracket holds something else (a country, a city, a date). */
function creditText(raw: string): string | null {
  const quoted = /«([^»]+)»/.exec(raw);
  const t = (quoted ? quoted[1]! : raw.replace(/^[(/]|[)/]$/g, ""))
    .replace(/\b(correspondent|corr\.?|reporter|news agency|agency)\b\.?/gi, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!/\p{L}/u.test(t) || t.length < 2 || findCountry(t) || findCity(t) || /\d/.test(t)) return null;
  return t;
}

/**
 * The canonical city, except that a renamed city keeps the article's own name ("Nur-Sultan" stays "Nur-Sultan"), while
 * a mere spelling or abbreviation of the current name ("St Petersburg") becomes the canonical one.
 */
function cityName(text: string): string {
  const city = findCity(text) ?? nearCity(text);
  if (!city) return titleCase(text);
  const key = fold(text);
  if (key === fold(city.name)) return city.name;
  const alias = city.aliases.find((a) => fold(a) === key);
  if (!alias) return city.name;
  const last = (x: string) => fold(x).split(" ").pop();
  return last(alias) === last(city.name) ? city.name : alias;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

const citiesByLength = (n: number) => cities().filter((c) => Math.abs(c.name.length - n) <= 1);

/** One substitution, insertion, deletion, or a swap of two neighbouring letters. */
function closeSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff = [...a].map((ch, i) => (ch === b[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1) return false;
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}
