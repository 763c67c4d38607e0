import { derive } from "../../data/current.ts";
import { matchesOf } from "../../nlp/match-all.ts";

/**
 * A plural noun phrase that introduces a list of people ("the presidents of ...", "heads of the Security Councils of:",
 * "secretaries general of security councils") gives each listed person the singular title: the forms of
 * member-groups.json that carry a title.
 */
const groups = derive((k) =>
  k.memberGroups.flatMap((g) => g.forms).filter((f) => f.title).map((f) => ({ re: new RegExp(`\\b(?:${f.pattern.replace(/ /g, "\\s+")})\\b`, "giu"), title: f.title! })),
);

/** The group title nearest before `offset` in `text` (a sentence), if any. */
export function groupTitleBefore(text: string, offset: number): string | null {
  const head = text.slice(0, offset);
  let best: { at: number; title: string } | null = null;
  for (const g of groups()) {
    g.re.lastIndex = 0;
    for (const m of matchesOf(g.re, head)) if (!best || m.index > best.at) best = { at: m.index, title: g.title };
  }
  return best?.title ?? null;
}
