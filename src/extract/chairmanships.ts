import type { Doc } from "../nlp/doc.ts";
import type { ChairmanshipFact } from "./types.ts";
import { evidenceOf } from "./evidence.ts";
import { templateOf } from "./chairmanship/template.ts";
import { matchRules } from "./chairmanship/rules.ts";
import { dominantOrg, orgBeside, orgInParagraph, orgInSentence } from "./chairmanship/org.ts";
import { claimDate, mainMeetingDate } from "./chairmanship/when.ts";
import { mergeClaims, type Claim } from "./chairmanship/merge.ts";

const CUE = /chairmanship|presidency|\bchair(?:s|ed|ing)?\b|presid(?:e|es|ed|ing)\b/i;

/**
 * Chairmanship rotations: which state chairs which organization from when. Sentence rules (chairmanship/rules.ts)
 * name the state and its role; the organization comes from the sentence, its paragraph or the article; the date
 * from beside the words, or for a handover from the sentence or the article's main meeting.
 */
export function extractChairmanships(doc: Doc): ChairmanshipFact[] {
  const claims: Claim[] = [];
  const dominant = dominantOrg(doc);
  let meeting: string | null | undefined;
  for (const sentence of doc.sentences) {
    if (!CUE.test(doc.slice(sentence))) continue;
    const t = templateOf(doc, sentence);
    if (!t.states.length) continue;
    const orgAt = (start: number, end: number) => orgBeside(doc, { start: t.toDoc(start), end: t.toDoc(end) });
    for (const m of matchRules(t.text, { orgAt, isDemonym: (i) => t.states[i]?.demonym ?? false })) {
      const state = t.states[m.state];
      if (!state) continue;
      const span = { start: t.toDoc(m.start), end: t.toDoc(m.end) };
      const org = orgInSentence(doc, sentence, span) ?? orgInParagraph(doc, sentence.paragraph) ?? dominant;
      if (!org) continue;
      const when = claimDate(doc, { sentence, words: span, when: m.when, meeting: () => (meeting ??= mainMeetingDate(doc)) });
      const role = when.isEnd ? "ends" : m.role;
      claims.push({ org, state: state.country, role, date: when.date, explicit: when.explicit, evidence: evidenceOf(doc, span, m.rule) });
    }
  }
  return mergeClaims(claims);
}
