import { derive } from "../../data/current.ts";
import type { Knowledge } from "../../data/kinds.ts";
import { titles } from "../../data/titles.ts";

// Capitalized words that start sentences, headlines and names of things, but never a person's name.
const COMMON = `the a an this that these those in on at of for with by from to and or but as after before during
according following today yesterday tomorrow meanwhile however also it he she they we our his her their its there here
who what when where why how all both each every some many most other another such no not new next last first second
third member members state states head heads republic federation union summit session sessions meeting meetings
declaration strategy plan plans action development forces force staff joint international national regional military
defense defence foreign affairs ministry ministries government parliament parliamentary assembly commission agency
news press service times palace independence plaza war great patriotic victory world middle east west north south
central asia asian europe european eurasian african islamic guards guard airborne division brigade army navy air
peacekeeping operation operations exercise exercises drill drills source comments follow sign subscribe read more
photo video skip content market politics projects bodies last update newsroom logo flag chief commander chairman
deputy acting vice prime spokesman emir king ambassador assistant director representative speaker council committee
organization organisation treaty security collective centre center office cooperation partnership strategic
charter day week month year monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december feb apr jul aug sep sept oct nov dec kremlin
rapid reaction response interaction unity peace harmony prosperity sustainable dialogue multilateral initiative
improvement resolution resolutions statement statements documents document agreement concept programme program
russian chinese general secretary minister ministers president presidents excellency mr mrs ms dr sheikh
anti terrorist terrorism extremism drug drugs crime cyber information all-russia region province district oblast city
capital airport range aerodrome base training group groups experts working competent authorities illicit trafficking
tv radio agency's website portal reuters associated church cathedral dems dem then now later earlier thus hence still yet furthermore moreover besides
party parties democrats democratic republicans republican conservatives conservative liberals liberal socialists socialist
communists communist greens tories tory labour treasury association society institute foundation fund bank corporation
company university college academy court tribunal inquiry league alliance movement coalition authority bureau
daily weekly telegraph guardian herald gazette journal tribune observer newspaper house`;

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
}

/** Words that are never part of a person's name: common words plus every word of the bundle's places, organizations and titles. */
export const nonNameWords = derive((k): ReadonlySet<string> => {
  const out = new Set<string>(words(COMMON));
  const first = new Set(firstNames(k).map((n) => n.toLowerCase()));
  for (const c of k.places.countries) for (const n of [c.name, ...c.aliases, ...c.demonyms]) for (const w of words(n)) out.add(w);
  // A word of a city's name that is also a first name ("Abu" of Abu Dhabi) stays usable in a person's name.
  for (const c of k.places.cities) for (const n of [c.name, ...c.aliases]) for (const w of words(n)) if (!first.has(w)) out.add(w);
  for (const o of k.organizations) {
    for (const n of [o.abbr, ...o.names]) for (const w of words(n)) out.add(w);
    for (const b of o.bodies) for (const n of [b.name, ...b.aliases]) for (const w of words(n)) out.add(w);
  }
  for (const t of titles(k)) for (const n of [t.title, ...t.aliases]) for (const w of words(n)) out.add(w);
  for (const n of [...k.titles.modifiers, ...k.titles.ranks, ...k.titles.honorifics]) for (const w of words(n)) out.add(w);
  // Particles inside names ("bin", "al") are handled by the recognizer, not treated as words of things.
  for (const p of ["bin", "ibn", "al", "el", "de", "van", "von", "der", "ul"]) out.delete(p);
  return out;
});

const firstNames = (k: Knowledge): string[] => [...k.firstNames.names, ...k.firstNames.regional];

export const firstNameSet = derive((k): ReadonlySet<string> => new Set(firstNames(k)));

/** Month abbreviations that are also names (Jan, the Chinese given name Jun): a month only before a day or a dot. */
export const NAME_OR_MONTH = /^(?:Jan|Jun|Mar)$/;

/** Endings typical of surnames in the region (Slavic, Central Asian, Caucasian). */
export const SURNAME_ENDING = /(?:ov|ova|ev|eva|yev|yeva|in|ina|yn|enko|yan|ian|uk|sky|skiy|skii|dze|shvili|zade|oglu|bekov|bayev|baev|ich|ovich|evich|uly|kyzy|zoda|zod|ski|ko|yuk)$/;

/**
 * Head nouns of institutions, places and events: a capitalized run right before one of them names the thing
 * ("Equal Opportunities Commission", "Heydar Aliyev Foundation"), not a person present in the story.
 */
export const INSTITUTION = new Set(`commission committee council association party ministry agency inquiry act office department service
institute foundation society union bank fund group company corporation university college academy center centre court
tribunal forum club league alliance movement front coalition organization organisation federation assembly parliament
senate congress cabinet board authority bureau command district forces army guard airport square street avenue palace
hall stadium museum hospital prize award cup conference summit report declaration treaty agreement strategy plan
programme program initiative project region oblast province school prospect boulevard bridge station`.split(/\s+/));
