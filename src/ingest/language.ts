import { francAll } from "franc-min";
import { InputError } from "../errors.ts";
import type { RawArticle } from "./types.ts";

const SAMPLE = 4000;
/** Below this many letters a guess is noise: short texts pass as English. */
const MIN_LETTERS = 120;
const NAMES: Record<string, string> = {
  rus: "Russian", ukr: "Ukrainian", bel: "Belarusian", kaz: "Kazakh", uzn: "Uzbek", uzb: "Uzbek", kir: "Kyrgyz", tgk: "Tajik",
  arb: "Arabic", cmn: "Chinese", fra: "French", deu: "German", spa: "Spanish", por: "Portuguese", ita: "Italian",
  tur: "Turkish", pes: "Persian", hye: "Armenian", azj: "Azerbaijani", kat: "Georgian", pol: "Polish", nld: "Dutch",
};

/**
 * English function words that are no word of the other languages franc tells apart ("in", "is", "of", "to", "on",
 * "was", "for" are words of Dutch, German, Polish or French, so they are not here).
 */
const ENGLISH = new Set(["the", "and", "that", "with", "said", "from", "which", "were", "have", "been", "their", "this", "would", "will", "its", "has", "had", "they", "after", "about", "also", "but", "not", "who"]);
/** In running English about one word in six is one of these; a page in another language has next to none. */
const ENGLISH_SHARE = 0.1;

/**
 * Plainly English prose, told by its function words: trigram profiles against every language (franc) cost more
 * than extracting the article, and most of an English archive needs none. Anything less clear goes to franc.
 */
function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 60) return false;
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return hits / words.length >= ENGLISH_SHARE;
}

/** The article's language as an ISO 639-3 code ("eng", "rus"), or "und" when the text is too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return "und";
  if (plainlyEnglish(sample)) return "eng";
  const [best, second] = francAll(sample, { minLength: 20 });
  if (!best || best[0] === "und") return "und";
  // franc-min weighs close relatives alike (English vs Scots); a near tie with English is English.
  if (best[0] !== "eng" && second?.[0] === "eng" && second[1] > 0.95) return "eng";
  return best[0];
}

/** The article, or (when it is not English, the one language extraction supports) an error naming its language. */
export function languageCheck(a: RawArticle): RawArticle | InputError {
  const lang = detectLanguage(a.text);
  if (lang === "eng" || lang === "sco") return a;
  // Too short to tell: the container's declared language ("ru", "de-AT") decides, and English is assumed without one.
  const declared = a.language?.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (lang === "und") {
    if (!/^[a-z]{2,3}$/.test(declared) || declared === "en" || declared === "eng") return a;
    return new InputError("E_INPUT_LANGUAGE", a.source, `skipped: declared as "${a.language!.trim()}"; only English is supported for now`);
  }
  return new InputError("E_INPUT_LANGUAGE", a.source, `skipped: written in ${NAMES[lang] ?? lang} (${lang}); only English is supported for now`);
}
