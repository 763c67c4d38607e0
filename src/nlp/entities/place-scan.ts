import type { Entity } from "../types.ts";
import { derive } from "../../data/current.ts";
import { placeForms } from "../../data/places.ts";

interface PlaceForm {
  label: Entity["label"];
  norm: string;
  org: string | null;
}

// Hyphens and runs of spaces are one separator: "Nur-Sultan" and "Nur Sultan", "Rostov-on-Don" across a line break.
const key = (s: string) => s.replace(/[\s\u2010-\u2015-]+/g, " ");

/** Every place form of the bundle by its key, and the first word of each form → the most words a form starting with it has (most capitalized words start none). */
const index = derive((k) => {
  const FORMS = new Map<string, PlaceForm>();
  const FIRST = new Map<string, number>();
  for (const p of placeForms(k)) {
    const label: Entity["label"] = p.kind === "country" ? "COUNTRY" : p.kind === "city" ? "CITY" : p.kind === "region" ? "REGION" : "DEMONYM";
    const form: PlaceForm = { label, norm: p.norm, org: p.kind === "demonym" ? p.country : null };
    const variants = p.kind !== "demonym" && p.form.length > 3 ? [p.form, p.form.toUpperCase()] : [p.form];
    for (const v of variants) {
      const kk = key(v);
      if (!FORMS.has(kk)) FORMS.set(kk, form);
      const words = kk.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      FIRST.set(words[0]!, Math.max(FIRST.get(words[0]!) ?? 0, words.length));
    }
  }
  // The words the scan stops at: whole words starting with a character some form starts with.
  const firstChars = [...new Set([...FIRST.keys()].map((w) => String.fromCodePoint(w.codePointAt(0)!)))];
  const cls = firstChars.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join("");
  const STARTS = new RegExp(`(?<![\\p{L}\\p{N}])[${cls}][\\p{L}\\p{N}]*`, "gu");
  return { FORMS, FIRST, STARTS };
});

/**
 * Places and demonyms by lookup: at each word that starts a known form, the longest run of words that is a known
 * form (case-sensitive; an all-caps form for datelines). A hash lookup per word keeps this linear in the text,
 * however long the lists grow; one big alternation regex does not.
 */
export function placeEntities(text: string): Entity[] {
  const { FORMS, FIRST, STARTS } = index();
  const out: Entity[] = [];
  // Only words whose first character starts some form are looked at; the words after one are read on demand.
  const starts = new RegExp(STARTS.source, STARTS.flags);
  const next = /[^\p{L}\p{N}]*([\p{L}\p{N}]+)/uy;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const first = { start: m.index, end: m.index + m[0].length };
    const most = FIRST.get(m[0]);
    if (most === undefined) continue;
    const words = [first];
    next.lastIndex = first.end;
    for (let w = next.exec(text); w && words.length < most; w = next.exec(text)) {
      const end = next.lastIndex;
      words.push({ start: end - w[1]!.length, end });
    }
    for (let n = words.length; n >= 1; n--) {
      const last = words[n - 1]!;
      const raw = text.slice(first.start, last.end);
      // Words of one name are separated by spaces, hyphens or "." of an abbreviation ("St. Petersburg") only.
      if (n > 1 && /[^\p{L}\p{N}\s.'’\u2010-\u2015-]|\n\s*\n/u.test(raw)) continue;
      const form = FORMS.get(key(raw));
      if (!form) continue;
      out.push({ start: first.start, end: last.end, label: form.label, text: raw, norm: form.norm, org: form.org, rule: "gazetteer" });
      starts.lastIndex = last.end;
      break;
    }
  }
  return out;
}
