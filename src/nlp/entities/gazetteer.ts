import type { Entity } from "../types.ts";
import { placeEntities } from "./place-scan.ts";
import { derive } from "../../data/current.ts";
import { bounded, escapeRe, flexiblePhrase } from "./phrase-regex.ts";
import { matchesOf } from "../match-all.ts";

interface Form {
  label: Entity["label"];
  norm: string;
  org?: string | null;
  /** Generic names ("Joint Staff") count only next to their organization. */
  generic?: boolean;
}

/** One alternation of every organization and body form of the bundle (case-sensitive and -insensitive parts). */
const matchers = derive((k) => {
  const forms = new Map<string, Form>();
  const patterns: string[] = [];
  const ciPatterns: string[] = [];
  const add = (pattern: string, form: Form, caseInsensitive: boolean): void => {
    const group = `g${forms.size}`;
    forms.set(group, form);
    (caseInsensitive ? ciPatterns : patterns).push(`(?<${group}>${pattern})`);
  };
  for (const o of k.organizations) {
    for (const n of [o.abbr, ...o.names]) add(n.length <= 6 ? escapeRe(n) : flexiblePhrase(n), { label: "ORG", norm: o.abbr }, false);
    for (const b of o.bodies) {
      for (const n of [b.name, ...b.aliases]) {
        const isAbbr = /^[A-Z]{2,6}$/.test(n) || /^[A-Z]{2} [A-Z]{3,5}$/.test(n);
        // A short name ("Security Council") is generic unless it carries its organization's name ("ASEAN Summit").
        const own = [o.abbr, ...o.names].some((x) => new RegExp(`(?<![\\p{L}])${escapeRe(x)}(?![\\p{L}])`, "u").test(n));
        const generic = !isAbbr && !own && n.split(/\s+/).length < 3;
        add(isAbbr ? escapeRe(n) : flexiblePhrase(n), { label: "BODY", norm: b.name, org: o.abbr, generic }, !isAbbr);
      }
    }
  }
  return { forms, CS: new RegExp(bounded(patterns.join("|")), "gu"), CI: new RegExp(bounded(ciPatterns.join("|")), "giu") };
});

/** Places, demonyms, organizations and bodies found by the reference lists, longest match first. */
export function gazetteerEntities(text: string): Entity[] {
  const found: Entity[] = placeEntities(text);
  const { forms, CS, CI } = matchers();
  for (const re of [CI, CS]) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, text)) {
      const form = forms.get(matchedGroup(m));
      if (!form) continue;
      const start = m.index;
      found.push({ start, end: start + m[0].length, label: form.label, text: m[0], norm: form.norm, org: form.org ?? null, rule: form.generic ? "gazetteer:generic" : "gazetteer" });
    }
  }
  return resolveOverlaps(found);
}

/**
 * The name of the one group that took part in the match. Each alternative is a named group and holds no other
 * group, so the first defined capture is it; listing m.groups' entries instead made an array of every form per match.
 */
function matchedGroup(m: RegExpExecArray): string {
  for (const name in m.groups) if (m.groups[name] !== undefined) return name;
  return "";
}

/** Keeps the longest of overlapping matches (bodies beat the organizations and places inside them). */
export function resolveOverlaps(ents: Entity[]): Entity[] {
  const sorted = [...ents].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Characters already covered, so each candidate is checked against its own span only, not every kept entity.
  const covered = new Uint8Array(ents.reduce((m, e) => Math.max(m, e.end), 0) + 1);
  const kept: Entity[] = [];
  for (const e of sorted) {
    let free = true;
    for (let i = e.start; i < e.end && free; i++) if (covered[i]) free = false;
    if (!free) continue;
    covered.fill(1, e.start, e.end);
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start);
}
