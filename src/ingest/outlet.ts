import { findOutlet as findKnownOutlet } from "../data/outlets.ts";
import { findCity, findCountry } from "../data/places.ts";
import { findOrg } from "../data/organizations.ts";
import type { Header } from "./header.ts";
import { wordCount, type Line } from "./lines.ts";

export interface FoundOutlet {
  name: string;
  span: { start: number; end: number };
}

// Ways a text names its own outlet (never "..., TASS reported": an agency cited in the body is a source, not the
// publisher). Each pattern captures the name in group 1.
const SELF: RegExp[] = [
  /^(?:source|sources|via)\s*[:：]\s*(.{2,60}?)\s*\.?$/i,
  /^get (.{2,60}?) (?:stories|news|updates|headlines)\b/i,
  /^follow (.{2,60}?)[’']s? (?:official|on)\b/iu,
  /^(?:subscribe to|sign up for) (?:the )?(\p{Lu}.{1,60}?)(?:[’']s)? (?:newsletter|channel|on|updates)\b/iu,
];
// "… the end of the story. Source: Kabar" / "Text (Reuters) - The …": a known outlet's credit inside a line.
const SOURCE_AT_END = /(?:^|[.!?]\s+)(?:source|sources)\s*[:：]\s*(\p{Lu}[^.:;]{1,40}?)\s*\.?$/iu;
const PAREN_CREDIT = /\((\p{Lu}[\p{L}\-./ ]{1,30})\)\s*[-–—]/u;
const SELF_IN_BODY = /\b([\p{Lu}][\p{L}\-.]{1,30}(?: [\p{Lu}][\p{L}\-.]{1,30}){0,2}) (?:has learned|learned from|correspondent|reporter)\b/gu;

/** The outlet the article names as its own, strongest evidence first: dateline credit, credit line, call to action. */
export function findOwnOutlet(lines: Line[], header: Header): FoundOutlet | null {
  const credit = header.dateline?.parsed.credit;
  if (credit) {
    const start = header.dateline!.line.start + credit.index;
    return { name: canonical(credit.text), span: { start, end: start + credit.length } };
  }
  const short = lines.filter((l) => l.text && l.text.length <= 240);
  const shaped = byShape(lines, header);
  if (shaped) return shaped;
  for (const re of SELF) {
    for (const l of [...short].reverse()) {
      const m = re.exec(l.text);
      const name = m?.[1] ? cleanName(m[1]) : null;
      if (!name || /^(us|our|me)\b/i.test(name)) continue;
      return at(l, name, m![1]!);
    }
  }
  for (const l of [...short].reverse()) {
    const written = copyrightHolder(l.text);
    const name = written ? cleanName(written) : null;
    if (name) return at(l, name, written!);
  }
  for (const l of [...short].reverse().slice(0, 6)) {
    const m = SOURCE_AT_END.exec(l.text);
    const o = m ? lookup(m[1]!) : undefined;
    if (o) return at(l, o, m![1]!);
  }
  for (const l of lines.filter((x) => x.text).slice(0, header.bodyStart + 2)) {
    const m = PAREN_CREDIT.exec(l.text);
    const o = m ? lookup(m[1]!) : undefined;
    if (o) return at(l, o, m![1]!);
  }
  // A known outlet's name, or a news site's domain, standing alone: the masthead above the headline, the credit
  // under the lead or after the story.
  const content = lines.filter((x) => x.text);
  for (const l of [...lines.slice(0, header.bodyStart), ...content.slice(0, 25), ...content.slice(-8)]) {
    const o = l.text && wordCount(l.text, 5) <= 4 ? lookup(l.text) ?? (DOMAIN.test(l.text) ? l.text : undefined) : undefined;
    if (o) return at(l, o, l.text);
  }
  for (const l of lines.slice(header.bodyStart)) {
    for (const m of l.text.matchAll(SELF_IN_BODY)) {
      const o = lookup(m[1]!);
      if (o) return at(l, o, m[1]!);
    }
  }
  return null;
}

// A news site named by its domain ("News.Az", "Kun.uz").
const DOMAIN = /^\p{Lu}[\p{L}\d-]{1,20}\.(?:az|am|kz|kg|uz|ru|by|tj|tm|ge|ua|md|mn|cn|in|com|net|org|info|news)$/iu;
// The ways a page names its own outlet by their shape, not by a list: the name is group 1.
const SHAPES: { re: RegExp; where: "header" | "top" | "tail" | "body" }[] = [
  // "Official website of the President of Russia" as the site's own banner.
  { re: /^(official (?:web ?site|internet portal|portal) of (?:the )?\p{Lu}[\p{L} ]{2,60}?)\.?$/iu, where: "top" },
  // "Interfax-AVN military news agency web site", "Kazinform International News Agency".
  { re: /^(\p{Lu}[\p{L}\d\-.]{1,30}(?: \p{Lu}[\p{L}\d\-.]{1,30}){0,2}?)(?: \p{L}+){0,3} (?:[Nn]ews [Aa]gency|[Ii]nformation [Aa]gency|[Aa]gency|[Nn]ews [Ss]ervice|[Ww]eb ?[Ss]ite|[Nn]ewspaper)(?: [Ww]eb ?[Ss]ite)?$/u, where: "top" },
  // "OREANDA-NEWS. February 22, 2008.": a wire's name where a dateline's city would stand.
  { re: /^(\p{Lu}[\p{Lu}\d]+(?:-\p{Lu}[\p{Lu}\d]+)*)[.,]\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}),?\s+(?:19|20)\d{2}\b/u, where: "top" },
  // "(Xinhua News Agency November 29, 2006)" closing the story.
  { re: /^\((\p{Lu}[\p{L}\-.]+(?: \p{Lu}[\p{L}\-.]+){0,2}?)(?:(?: news agency| agency| news)(?:,? (?:\d{1,2} \p{L}+|\p{L}+ \d{1,2}),? (?:19|20)\d{2})?|,? (?:\d{1,2} \p{L}+|\p{L}+ \d{1,2}),? (?:19|20)\d{2})\)$/iu, where: "tail" },
  // "… the bloc said in a statement News.Az reports." / "…, Kazinform reports."
  { re: /(?:^|[\s,])(\p{Lu}[\p{L}\d\-.]{1,30}?) reports?\.(?:\s|$)/gu, where: "body" },
];

/** The outlet by the shape of the words that name it (see SHAPES). */
function byShape(lines: Line[], header: Header): FoundOutlet | null {
  const content = lines.filter((l) => l.text);
  const top = content.filter((l) => l.index <= header.bodyStart).slice(0, 20);
  const pools = { header: top, top: content.slice(0, 20), tail: content.slice(-6), body: content };
  for (const { re, where } of SHAPES) {
    for (const l of pools[where]) {
      re.lastIndex = 0;
      for (const m of re.global ? [...l.text.matchAll(re)] : [re.exec(l.text)]) {
        const name = m?.[1] ? cleanName(m[1], 8) : null;
        if (!name || !/\p{L}{2}/u.test(name) || isPlaceOrOrg(name)) continue;
        if (where === "body" && !lookup(name) && !DOMAIN.test(name) && !/-/.test(name)) continue;
        return at(l, name, m![1]!);
      }
    }
  }
  return null;
}

const isPlaceOrOrg = (name: string): boolean => Boolean(findCountry(name) || findCity(name) || findOrg(name));

/** "© 2027 Steppe Courier. All rights reserved." / "All rights reserved © Steppe Courier 2022" → "Steppe Courier". */
function copyrightHolder(line: string): string | null {
  if (!/^(©|\(c\)\s|copyright\b|all rights reserved\b)/i.test(line)) return null;
  const rest = line
    .replace(/all rights reserved\.?|copyright|©|\(c\)|\b(19|20)\d{2}\b(\s*[-–]\s*\b(19|20)\d{2}\b)?/gi, " ")
    .replace(/^[\s.,;:|-]+|[\s.,;:|-]+$/g, "");
  return rest || null;
}

function at(l: Line, name: string, written: string): FoundOutlet {
  const i = Math.max(0, l.raw.indexOf(written));
  return { name: canonical(name), span: { start: l.start + i, end: l.start + i + written.length } };
}

function cleanName(s: string, maxWords = 6): string | null {
  const t = s.replace(/^the\s+(?=\p{Lu})/u, "The ").replace(/[\s.,;:!]+$/, "").trim();
  return t.length >= 2 && wordCount(t, maxWords + 1) <= maxWords && /\p{Lu}|\d/u.test(t) ? t : null;
}

/** A known outlet's canonical name ("ITAR-TASS" → TASS), else the name as written, capitals softened ("AKORDA"). */
function canonical(name: string): string {
  const known = lookup(name);
  if (known) return known;
  return /^[\p{Lu}\d\s\-.]{5,}$/u.test(name) ? name.toLowerCase().replace(/(^|[\s\-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()) : name;
}

const lookup = (name: string): string | undefined => findKnownOutlet(name)?.name;
