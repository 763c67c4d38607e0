import { STATE_MARK } from "./template.ts";
import { matchesOf } from "../../nlp/match-all.ts";

/** What a rule says about one state: it starts (or holds) a chairmanship, or hands one over. */
export type ClaimRole = "holds" | "starts" | "ends";

export interface RuleMatch {
  /** Index of the state marker (⟪S3⟫ → 3) in the template. */
  state: number;
  role: ClaimRole;
  /** Where the date of the claim is looked for: "handover" uses the meeting's date, "near" a date beside the words. */
  when: "handover" | "near" | "none";
  rule: string;
  start: number;
  end: number;
}

const S = STATE_MARK;
const THE = "(?:[Tt]he\\s+)?";
const MOD = "(?:[Rr]otating|[Aa]nnual|[Cc]urrent|[Oo]ne-year|[Yy]ear-long)\\s+";
// "the chairmanship", "the rotating presidency", "the CSTO chairmanship", "the SCO rotating presidency"
const CHAIR = `(?:${MOD})?(?:[A-Z]{2,5}\\s+)?(?:${MOD})?(?:[Cc]hairmanship|[Pp]residency|[Cc]hair)`;
const NOT_STATE = "(?:(?!⟪S)[^.;])";
const POSS = "(?:'s|’s|')";

interface Rule {
  name: string;
  re: RegExp;
  /** For each capture group holding a marker index: the role of that state. */
  roles: ClaimRole[];
  when: RuleMatch["when"];
  /** "presidency" can be a state's own presidential office; these rules need an organization beside it to trust it. */
  needsOrgForPresidency?: boolean;
  /** The marker must be a country's name, not a demonym. */
  country?: boolean;
}

// Case-sensitive on purpose: a capital after a country starts a name or a title ("of Kazakhstan Nurlan ...").
const rx = (s: string) => new RegExp(s, "g");

const RULES: Rule[] = [
  // "the chairmanship passed / was transferred from A to B", "the presidency in 2022-2023 will pass from A to B"
  { name: "handover-from-to", re: rx(`${CHAIR}\\b${NOT_STATE}{0,140}?\\bfrom\\s+${THE}${S}\\s+to\\s+${THE}${S}`), roles: ["ends", "starts"], when: "handover" },
  // "B took over the chairmanship from A", "Yerevan was handed the chairmanship from A": A's term ends.
  {
    name: "from",
    re: rx(`(?:${CHAIR}\\b${NOT_STATE}{0,60}?|(?:took|taken|assumed|inherited|received|handed)\\s+(?:over\\s+)?(?:the\\s+)?${CHAIR}\\b${NOT_STATE}{0,40}?)\\bfrom\\s+${THE}${S}(?!\\s+to\\s)`),
    roles: ["ends"],
    when: "handover",
  },
  // "A has formally passed on the chairmanship of the CSTO" with no one named to receive it: A's term ends.
  {
    name: "passed-on",
    re: rx(`${S}\\s+(?:has\\s+|had\\s+)?(?:officially\\s+|formally\\s+)?(?:passed|handed\\s+over|transferred|relinquished|ceded)\\s+(?:the\\s+|its\\s+)?${CHAIR}\\b(?!${NOT_STATE}{0,80}\\bto\\s+${THE}${S})`),
    roles: ["ends"],
    when: "handover",
  },
  // "will then pass the baton to Kyrgyzstan"
  { name: "baton", re: rx(`\\b(?:pass|hand)\\w*\\s+(?:over\\s+)?the\\s+baton\\s+to\\s+${THE}${S}`), roles: ["starts"], when: "near" },
  // "A handed over the chairmanship of the CSTO to B"
  {
    name: "handover-to",
    re: rx(`${S}\\s+(?:(?:on|in|at)\\s+\\w+\\s+)?(?:has\\s+|had\\s+|will\\s+)?(?:officially\\s+|formally\\s+)?(?:hand(?:ed|s|ing)?|pass(?:ed|es|ing)?|transferr?(?:ed|s|ing)?)\\s+(?:over\\s+)?(?:the\\s+|its\\s+)?${NOT_STATE}{0,30}?${CHAIR}\\b${NOT_STATE}{0,100}?\\bto\\s+${THE}${S}`),
    roles: ["ends", "starts"],
    when: "handover",
  },
  // "B took over / has assumed the chairmanship": done at the meeting the article reports, unless a date is given
  {
    name: "took-over",
    re: rx(`${S}(?:\\s+(?:has|have|had|then|also|formally|officially))?\\s+(?:took|taken|assumed|received)\\s+(?:over\\s+|on\\s+|up\\s+)?(?:the\\s+|its\\s+)?(?:[A-Z]{2,5}\\s+)?${CHAIR}`),
    roles: ["starts"],
    when: "handover",
  },
  // "B takes over / is ready to take on / will assume / will be preparing for the chairmanship", "B, which will assume"
  {
    name: "takes-over",
    re: rx(`${S},?(?:\\s+[a-z]+){0,5}?\\s+(?:t[ao]kes?|taking|assum(?:e|es|ing)|receiv(?:e|es|ing)|prepar(?:e|es|ed|ing)(?:\\s+\\w+)?\\s+for)\\s+(?:over\\s+|on\\s+|up\\s+)?(?:the\\s+|its\\s+)?(?:[A-Z]{2,5}\\s+)?${CHAIR}`),
    roles: ["starts"],
    when: "near",
  },
  // "Kazakhstan chairs this organization during this year", "Belarus, which holds the chairmanship", "Russia to chair"
  {
    name: "chairs",
    re: rx(`${S},?\\s+\\(?(?:(?:which|that|who)\\s+)?(?:currently\\s+|now\\s+|also\\s+)?(?:chairs|chaired|is\\s+chairing|(?:will|is\\s+to|to)\\s+chair|has\\s+chaired|(?:will\\s+|to\\s+|is\\s+|was\\s+)?presid(?:es?|ed|ing)\\s+over|(?:holds|held|will\\s+hold)\\s+the\\s+${CHAIR})\\b`),
    roles: ["holds"],
    when: "near",
  },
  // "Kazakh President X, whose country holds the SCO rotating presidency": the leader's state holds it.
  {
    name: "whose-country",
    re: rx(`${S}\\s+(?:[A-Z][\\w-]*\\s+){1,5}?[A-Z][\\w-]*,\\s+whose\\s+(?:country|state|nation)\\s+(?:currently\\s+|now\\s+)?(?:holds|held|will\\s+hold|chairs|is\\s+chairing)\\s+(?:the\\s+)?(?:[A-Z]{2,5}\\s+)?${CHAIR}`),
    roles: ["holds"],
    when: "near",
  },
  // "Kazakhstan, as the presiding country", "Armenia, the current chair of the CSTO"; not "President of Armenia, chair
  // of ..." where the country belongs to a person's title.
  {
    name: "as-chair",
    re: rx(`(?<!\\bof\\s+(?:the\\s+)?)${S},?\\s+(?:as\\s+)?(?:(?:the\\s+)?(?:current\\s+)?(?:presiding|chairing)\\s+(?:country|state|nation)|the\\s+(?:current\\s+|incoming\\s+)?chair\\s+of|the\\s+(?:current\\s+|incoming\\s+)?[A-Z]{2,5}\\s+chair(?:man)?\\b)\\b`),
    roles: ["holds"],
    when: "near",
  },
  // "the presiding country, Kyrgyzstan"
  { name: "presiding-country", re: rx(`\\b(?:presiding|chairing)\\s+(?:country|state|nation),?\\s+${THE}${S}(?!${POSS})`), roles: ["holds"], when: "near", country: true },
  // "the chairmanship passes to Kazakhstan", "X handed over the chairmanship to Belarus" (no state handing over)
  {
    name: "passes-to",
    re: rx(`(?:${CHAIR}\\b${NOT_STATE}{0,140}?\\b(?:pass(?:es|ed)?|(?:was|is|will\\s+be|is\\s+to\\s+be|has\\s+been)\\s+(?:passed|transferred|handed\\s+over)|goes|went|will\\s+(?:pass|go))|(?:hand(?:ed|s|ing)?\\s+over|transferr?(?:ed|s|ing)?)\\s+(?:the\\s+|its\\s+)?${NOT_STATE}{0,30}?${CHAIR}\\b${NOT_STATE}{0,40}?)\\s+to\\s+${THE}${S}`),
    roles: ["starts"],
    when: "handover",
  },
  // "Kazakhstan's chairmanship in 2018", "the Kyrgyz chairmanship", "under Belarus' presidency"
  { name: "possessive", re: rx(`${S}(?:${POSS})?\\s+(?:[A-Z]{2,5}\\s+)?${CHAIR}\\b`), roles: ["holds"], when: "near", needsOrgForPresidency: true },
  // "under the chairmanship of Kazakhstan", "chairmanship of the Kazakh side"
  // A country right after "of" and not starting a person's description ("of Kazakhstan's Security Council Secretary").
  { name: "chairmanship-of", re: rx(`${CHAIR}\\s+of\\s+${THE}${S}(?!${POSS}|\\s+[A-Z])`), roles: ["holds"], when: "near", needsOrgForPresidency: true, country: true },
  // A demonym stands for its state only as "the Kazakh side / party / delegation", not "the Kazakh President".
  { name: "chairmanship-of-side", re: rx(`${CHAIR}\\s+of\\s+${THE}${S}\\s+(?:side|party|delegation)\\b`), roles: ["holds"], when: "near" },
  // "the summit of the SCO, chaired by Kazakhstan"
  { name: "chaired-by", re: rx(`\\b[Cc]haired\\s+by\\s+${THE}${S}(?!${POSS}|\\s+[A-Z])`), roles: ["holds"], when: "none", country: true },
  { name: "chaired-by-side", re: rx(`\\b[Cc]haired\\s+by\\s+${THE}${S}\\s+(?:side|party|delegation)\\b`), roles: ["holds"], when: "none" },
];

/** Every rule match in a templated sentence. */
export interface MatchOptions {
  /** Whether an organization is named right at the match (template offsets): "CSTO presidency", "presidency in the SCO". */
  orgAt: (start: number, end: number) => boolean;
  isDemonym: (state: number) => boolean;
}

export function matchRules(text: string, opts: MatchOptions): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const rule of RULES) {
    for (const m of matchesOf(rule.re, text)) {
      // "the Russian presidency said" is the Kremlin; "the Russian presidency of the CSTO" is a chairmanship.
      if (rule.needsOrgForPresidency && /presidency/i.test(m[0]) && !opts.orgAt(m.index, m.index + m[0].length)) continue;
      const marks = m.slice(1).filter((g): g is string => g !== undefined).map(Number);
      if (rule.country && marks.some(opts.isDemonym)) continue;
      marks.forEach((state, i) =>
        out.push({ state, role: rule.roles[i] ?? "holds", when: rule.when, rule: `chairmanship:${rule.name}`, start: m.index, end: m.index + m[0].length }),
      );
    }
  }
  return out;
}

/** The templates' names: each is declared, with its examples, as rule `chairmanship:<name>` in extract/rules/catalog. */
export const TEMPLATE_NAMES: readonly string[] = RULES.map((r) => r.name);
