/**
 * A plural noun phrase that introduces a list of people ("the presidents of ...", "heads of the Security Councils of:",
 * "secretaries general of security councils") gives each listed person the singular title.
 */
const GROUPS: { re: RegExp; title: string }[] = [
  { re: /\bheads of (?:the )?security councils?\b/i, title: "Head of the Security Council" },
  { re: /\bsecretar(?:y|ies) general of (?:the )?security councils?\b/i, title: "Secretary General of the Security Council" },
  { re: /\bsecretaries of (?:the )?security councils?\b|\bsecurity council secretaries\b/i, title: "Secretary of the Security Council" },
  { re: /\bheads of (?:\p{Lu}{2,6} )?(?:member )?states?\b|\bheads of state\b/iu, title: "Head of State" },
  { re: /\bheads of government\b/i, title: "Head of Government" },
  { re: /\bpresidents\b/i, title: "President" },
  { re: /\bprime ministers\b/i, title: "Prime Minister" },
  { re: /\bdefen[cs]e ministers\b|\bministers of defen[cs]e\b/i, title: "Defence Minister" },
  { re: /\bforeign ministers\b|\bministers of foreign affairs\b/i, title: "Foreign Minister" },
];

/** The group title nearest before `offset` in `text` (a sentence), if any. */
export function groupTitleBefore(text: string, offset: number): string | null {
  const head = text.slice(0, offset);
  let best: { at: number; title: string } | null = null;
  for (const g of GROUPS) {
    const re = new RegExp(g.re.source.replace(/ /g, "\\s+"), g.re.flags.includes("g") ? g.re.flags : g.re.flags + "g");
    for (const m of head.matchAll(re)) if (!best || m.index > best.at) best = { at: m.index, title: g.title };
  }
  return best?.title ?? null;
}
