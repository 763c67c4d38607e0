import type { Doc } from "../nlp/doc.ts";
import type { PersonFact, RoleFact } from "./types.ts";
import { evidenceOf } from "./evidence.ts";
import { roleMentions } from "./roles/attach.ts";
import { sameSurname, surnameOf } from "../nlp/entities/name-keys.ts";

/** Header lines a byline may stand on. */
const BYLINE_LINES = 12;

function isBylineLine(doc: Doc, span: { start: number; end: number }): boolean {
  const lineStart = doc.text.lastIndexOf("\n", span.start - 1) + 1;
  const nl = doc.text.indexOf("\n", span.end);
  const lineEnd = nl < 0 ? doc.text.length : nl;
  // "By X", "By X May 25, 2018", "translator/editor: X": who wrote or translated the article.
  const lead = /^\s*(?:by\s+|[\p{L}/ ]*\b(?:editor|translator|author|reporter|correspondent|photographer|writer)s?\s*:\s*)?$/iu;
  const tail = /^\s*(?:[,|–—-]?\s*(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}),?\s+\d{4}\b.*)?$/u;
  const alone = lead.test(doc.text.slice(lineStart, span.start)) && tail.test(doc.text.slice(span.end, lineEnd));
  return alone && doc.text.slice(0, lineStart).split("\n").length <= BYLINE_LINES;
}

/** One entry per person the article names, with every role any mention gives them. */
export function extractPeople(doc: Doc): PersonFact[] {
  const byName = new Map<string, PersonFact>();
  for (const e of doc.ents) {
    if (e.label !== "PERSON") continue;
    let p = byName.get(e.norm);
    if (!p) byName.set(e.norm, (p = { name: e.norm, roles: [], aliases: [], evidence: [] }));
    if (!p.aliases!.includes(e.text)) p.aliases!.push(e.text);
    p.evidence.push(evidenceOf(doc, e, e.rule));
  }
  for (const r of roleMentions(doc)) {
    const p = byName.get(r.person);
    if (!p) continue;
    const role: RoleFact = { title: r.title, of: r.of, acting: r.acting, evidence: [evidenceOf(doc, r, r.rule)] };
    const same = p.roles.find((x) => x.title.toLowerCase() === r.title.toLowerCase() && x.of === r.of);
    if (same) same.evidence!.push(...role.evidence!);
    else p.roles.push(role);
  }
  // A bare surname that no full name explains is kept only when nobody else carries that surname. A name standing
  // alone on a line of the header, and nowhere else, is the byline: the author, not a person of the story.
  const people = [...byName.values()].filter((p) => !p.evidence.every((ev) => isBylineLine(doc, ev)));
  const fullSurnames = people.filter((q) => q.name.includes(" ")).map((q) => surnameOf(q.name));
  return people.filter((p) => p.name.includes(" ") || !fullSurnames.some((s) => sameSurname(s, p.name)));
}
