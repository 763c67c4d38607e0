import { findCountry, findDemonym } from "../../data/places.ts";
import { derive } from "../../data/current.ts";
import { findOrg } from "../../data/organizations.ts";
import { titles } from "../../data/titles.ts";
import { escapeRe, flexiblePhrase } from "../../nlp/entities/phrase-regex.ts";
import { matchesOf } from "../../nlp/match-all.ts";

export interface ParsedRole {
  title: string;
  of: string | null;
  acting: boolean;
}

const MODIFIER = String.raw`(?:(?:acting|first\s+deputy|deputy|vice|former)\s+)*`;
const forms = derive((k) => {
  const TITLE_FORMS = titles(k).flatMap((t) => [t.title, ...t.aliases, ...(t.informal ?? [])].map((form) => ({ form, t })))
    .filter((x) => x.form.length > 2 && !/(?:s|heads of \w+)$/i.test(x.form.replace(/ of (?:the )?\w+$/i, "")))
    .sort((a, b) => b.form.length - a.form.length);
  const TITLE_RE = new RegExp(
    String.raw`(?<![\p{L}])(${MODIFIER})(${TITLE_FORMS.map((x) => flexiblePhrase(x.form)).join("|")})(?![\p{L}])`,
    "giu",
  );
  const BODY_FORMS = k.organizations.flatMap((o) => o.bodies.flatMap((b) => [b.name, ...b.aliases].map((f) => ({ f, b: b.name, org: o.abbr }))))
    .concat([{ f: "Security Council", b: "Security Council", org: "" }])
    .sort((a, b) => b.f.length - a.f.length)
    .map((x) => ({ ...x, at: new RegExp(`^${flexiblePhrase(x.f)}(?![\\p{L}])`, "iu"), lead: new RegExp(`^${flexiblePhrase(x.f)}\\s*`, "iu") }));
  // Informal names of an office are reported under its canonical title.
  const INFORMAL = new Map(titles(k).flatMap((t) => (t.informal ?? []).map((f) => [f.toLowerCase(), t.title] as const)));
  return { TITLE_FORMS, TITLE_RE, BODY_FORMS, INFORMAL };
});

const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => (/^(?:of|the|to|and|for)$/i.test(w) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)));

const cap = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

interface TitleMatch {
  index: number;
  /** The whole match, modifiers included. */
  text: string;
  modifiers: string;
  form: string;
}

/**
 * The title phrases of `phrase`. "head of the state" right before a capitalized word is the head of an institution
 * ("head of the State Committee for National Security"): only "head" is the title there.
 */
function titleMatches(phrase: string): TitleMatch[] {
  const out: TitleMatch[] = [];
  for (const m of matchesOf(forms().TITLE_RE, phrase)) {
    const end = m.index + m[0].length;
    const institution = /\bof\s+(?:the\s+)?state$/i.exec(m[2]!);
    if (institution && /^\s+\p{Lu}\p{Ll}/u.test(phrase.slice(end))) {
      const head = m[0].slice(0, m[0].length - institution[0].length).trimEnd();
      const re = new RegExp(`^(${MODIFIER})(.+)$`, "iu").exec(head)!;
      out.push({ index: m.index, text: head, modifiers: re[1] ?? "", form: re[2]! });
      continue;
    }
    out.push({ index: m.index, text: m[0], modifiers: m[1] ?? "", form: m[2]! });
  }
  return out;
}

// Role phrases recur across an archive ("Prime Minister", "Foreign Minister Sergei Lavrov"): parsed once per bundle.
const parsed = derive(() => new Map<string, readonly ParsedRole[]>());

/** Every title in a role phrase, with the country or organization it belongs to. */
export function parseRoles(phrase: string): ParsedRole[] {
  const cache = parsed();
  let roles = cache.get(phrase);
  if (!roles) {
    // Bounded: a long run sees an open-ended set of phrases.
    if (cache.size >= 5000) cache.clear();
    cache.set(phrase, (roles = parse(phrase)));
  }
  return roles.map((r) => ({ title: r.title, of: r.of, acting: r.acting }));
}

function parse(phrase: string): ParsedRole[] {
  const out: ParsedRole[] = [];
  const matches = titleMatches(phrase);
  matches.forEach((m, i) => {
    const modifiers = m.modifiers.trim().replace(/\s+/g, " ");
    // The article's own wording is the title ("External Affairs Minister"), capitalized as a title.
    const informal = forms().INFORMAL.get(m.form.replace(/\s+/g, " ").toLowerCase());
    let title = informal ?? titleCase(m.form.replace(/[\s-]+/g, " "));
    if (modifiers) title = `${cap(modifiers)} ${title}`;
    const from = m.index + m.text.length;
    const next = matches[i + 1]?.index ?? phrase.length;
    const after = phrase.slice(from, next);
    const before = phrase.slice(i > 0 ? matches[i - 1]!.index + matches[i - 1]!.text.length : 0, m.index);
    // An envoy's "to X" names the host, not the owner: "Russian Ambassador to Kyrgyzstan" is Russia's.
    const of = ENVOY.test(title) && /^\s*to\s/i.test(after) ? {} : ofPhrase(after);
    if (of.body) title = `${title} of the ${of.body}`;
    const owner = of.owner ?? ownerBefore(before);
    out.push({ title, of: owner ?? null, acting: /acting/i.test(modifiers) });
  });
  // "the Assistant to the President and Secretary of the Security Council of Kazakhstan": the last owner applies to all.
  const last = [...out].reverse().find((r) => r.of);
  for (const r of out) if (!r.of && last) r.of = last.of;
  return out.filter((r, i) => !(r.title === "President" && /to the President$/i.test(out[i - 1]?.title ?? "")));
}

const ENVOY = /\b(?:Ambassador|Envoy|Representative)$/i;

/** "of the CSTO Council of Defense Ministers", "of Kazakhstan", "of the Security Council of Kazakhstan". */
function ofPhrase(after: string): { body?: string; owner?: string } {
  const m = /^\s*(?:of|to)\s+(?:the\s+)?(.*)$/is.exec(after);
  if (!m) return {};
  let rest = m[1]!.replace(/\s+(?:in|at|on|for the period|during|who|which|and)\s.*$/is, "").replace(/[,.;:].*$/s, "").trim();
  const result: { body?: string; owner?: string } = {};
  const orgFirst = /^(\p{Lu}{2,6})(?:['’]s)?\s+(.+)$/u.exec(rest);
  if (orgFirst && findOrg(orgFirst[1]!)) {
    result.owner = findOrg(orgFirst[1]!)!.abbr;
    rest = orgFirst[2]!;
  }
  const body = forms().BODY_FORMS.find((x) => x.at.test(rest));
  if (body) {
    result.body = body.b;
    if (!result.owner && body.org && body.b !== "Security Council") result.owner = body.org;
    rest = rest.replace(body.lead, "").replace(/^(?:of|of the)\s+/i, "");
  } else if (institutionAt(rest)) {
    // "Chairman of the State Duma": a state institution's officer is the state's.
    const inst = institutionAt(rest)!;
    result.body = inst.institution.name;
    result.owner ??= inst.institution.country;
    rest = rest.slice(inst.length).replace(/^\s*(?:of|of the)\s+/i, "");
  } else if (/^(?:inter-?state|intergovernmental)\s+commission/i.test(rest)) {
    result.body = cap(rest.replace(/\s+/g, " "));
    rest = "";
  }
  const owner = !result.owner && rest ? ownerIn(rest) : undefined;
  if (owner) result.owner = owner;
  return result;
}

const institutionForms = derive((k) =>
  k.institutions.flatMap((institution) => [institution.name, ...institution.aliases].map((f) => ({ re: new RegExp(`^${flexiblePhrase(f)}(?![\\p{L}])`, "iu"), institution })))
    .sort((a, b) => b.re.source.length - a.re.source.length),
);

function institutionAt(rest: string): { institution: { name: string; country: string }; length: number } | null {
  for (const f of institutionForms()) {
    const m = f.re.exec(rest);
    if (m) return { institution: f.institution, length: m[0].length };
  }
  return null;
}

function ownerIn(s: string, depth = 0): string | undefined {
  const clean = s.replace(/\(.*?\)/g, "").replace(/^the\s+/i, "").trim();
  const words = clean.split(/\s+/);
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const head = words.slice(0, n).join(" ");
    const c = findCountry(head) ?? findCountry(head.replace(/^(?:Islamic\s+)?Republic\s+of\s+/i, ""));
    if (c) return c.name;
    const o = findOrg(head) ?? bodyOrg(head);
    if (o) return o.abbr;
  }
  // "the Armed Forces of Russia", "the Cabinet of Ministers of Kyrgyzstan": the owner after an institution's name.
  const of = depth < 3 ? /^[^,;]*?\bof\s+(.+)$/i.exec(clean) : null;
  return of ? ownerIn(of[1]!, depth + 1) : undefined;
}

/** "Kazakh", "Belarus", "Mongolia's", "CSTO", "UN" right before the title. */
function ownerBefore(before: string): string | undefined {
  const words = before.replace(/[,;:()]/g, " ").trim().split(/\s+/).filter(Boolean).slice(-3);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/['’]s$/, "");
    // "Kremlin spokesman": an institution before the title names its state.
    const hit = findDemonym(w)?.name ?? findCountry(w)?.name ?? findOrg(w)?.abbr ?? bodyOrg(w)?.abbr ?? institutionAt(w)?.institution.country;
    if (hit) return hit;
    if (!/^(?:the|a|an|and|of|acting|deputy|first|former|then|newly|elected)$/i.test(w) && !/^\p{Lu}/u.test(w)) break;
  }
  return undefined;
}

/** The organization of a body named exactly ("EEC", "Eurasian Economic Commission" → EAEU): its officials are the organization's. */
function bodyOrg(name: string): { abbr: string } | undefined {
  const key = name.replace(/\s+/g, " ").trim().toLowerCase();
  const hit = forms().BODY_FORMS.find((x) => x.org && x.f.toLowerCase() === key && (x.f.length > 4 || x.f === name));
  return hit ? findOrg(hit.org) : undefined;
}

export { escapeRe };
