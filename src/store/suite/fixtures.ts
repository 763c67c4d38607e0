// Hand-written articles and facts for the shared store suite (invented text, not extractor output).
import type { ArticleFacts, Evidence } from "../../extract/types.ts";
import type { SaveArticleInput } from "../types.ts";

/** An article as sentences, so fixtures can point evidence at a sentence without counting offsets by hand. */
export class FixtureText {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(readonly sentences: string[]) {
    let at = 0;
    for (const s of sentences) {
      this.starts.push(at);
      at += s.length + 1;
    }
    this.text = sentences.join(" ");
  }

  /** Evidence for the first occurrence of `needle` in the sentence numbered `n`. */
  span(n: number, needle: string, rule: string): Evidence {
    const sentence = this.sentences[n]!;
    const from = this.starts[n]!;
    const at = sentence.indexOf(needle);
    if (at < 0) throw new Error(`fixture: "${needle}" is not in sentence ${n}`);
    return { start: from + at, end: from + at + needle.length, sentence: { start: from, end: from + sentence.length }, rule };
  }
}

// The emoji (two UTF-16 code units) comes before every span: sentences must be sliced in UTF-16 offsets, like the extractor's.
export const MINSK = new FixtureText([
  "MINSK, 30 November 2021 🛡️ (Test Wire).",
  "The CSTO Collective Security Council met in Minsk on Tuesday with Kazakhstan and Armenia.",
  "\"We stand together,\" said Aliaksei Varanets, the Foreign Minister of Belarus.",
  "Belarus handed the chairmanship to Armenia for 2022.",
  "The next session of the Council will be held in Yerevan in 2022.",
]);

export const BISHKEK = new FixtureText([
  "BISHKEK, 14 June 2019.",
  "The SCO Council of Heads of State met in Bishkek with China.",
  "Jumabek Ömürbekov, the President of Kyrgyzstan, chaired the summit.",
  "\"Our region needs calm,\" Ömürbekov said.",
]);

export function minskFacts(id: string): ArticleFacts {
  const t = MINSK;
  return {
    id, published: "2021-11-30", outlet: "Test Wire", dateline: "Minsk",
    events: [{
      kind: "meeting", status: "held", org: "CSTO", bodies: ["Collective Security Council"], name: null, start: "2021-11-30",
      end: null, city: "Minsk", country: "Belarus", chair: "Aliaksei Varanets", attendees: ["Aliaksei Varanets"],
      states: ["Belarus", "Kazakhstan", "Armenia"], documents_signed: 4, documents: ["Minsk Declaration"],
      // Out of offset order on purpose: evidence reads back in the order it was extracted.
      evidence: [t.span(1, "met in Minsk", "event:trigger"), { ...t.span(0, "30 November 2021", "event:date"), slot: "start", value: "2021-11-30" }],
    }, {
      kind: "meeting", status: "planned", org: "CSTO", bodies: ["Collective Security Council"], name: null, start: "2022",
      end: null, city: "Yerevan", country: "Armenia", chair: null, attendees: [], states: [], documents_signed: null,
      documents: [], evidence: [t.span(4, "will be held in Yerevan", "event:planned")],
    }],
    people: [{
      name: "Aliaksei Varanets", aliases: ["Aliaksei Varanets", "Varanets"],
      roles: [{ title: "Foreign Minister", of: "Belarus" }, { title: "Chairman of the Council of Foreign Ministers", of: "CSTO", acting: true }],
      evidence: [t.span(2, "Aliaksei Varanets, the Foreign Minister of Belarus", "person:appositive")],
    }],
    quotes: [{ speaker: "Aliaksei Varanets", text: "We stand together", full: "We stand together,", evidence: [t.span(2, "We stand together,", "quote:said")] }],
    chairmanships: [{ org: "CSTO", state: "Armenia", start: "2022-01-01", end: null, evidence: [t.span(3, "handed the chairmanship to Armenia", "chair:handover")] }],
  };
}

export function bishkekFacts(id: string): ArticleFacts {
  const t = BISHKEK;
  return {
    id, published: "2019-06-14", outlet: "Other Agency", dateline: "Bishkek",
    events: [{
      kind: "meeting", status: "held", org: "SCO", bodies: ["Council of Heads of State"], name: null, start: "2019-06-14",
      end: null, city: "Bishkek", country: "Kyrgyzstan", chair: "Jumabek Ömürbekov", attendees: ["Jumabek Ömürbekov"],
      states: ["Kyrgyzstan", "China"], documents_signed: null, documents: [], evidence: [t.span(1, "met in Bishkek", "event:trigger")],
    }],
    people: [{ name: "Jumabek Ömürbekov", roles: [{ title: "President", of: "Kyrgyzstan" }], evidence: [t.span(2, "Jumabek Ömürbekov", "person:appositive")] }],
    quotes: [{ speaker: "Jumabek Ömürbekov", text: "Our region needs calm", evidence: [t.span(3, "Our region needs calm,", "quote:said")] }],
    chairmanships: [{ org: "SCO", state: "Kyrgyzstan", start: null, end: "2019-06-14", evidence: [t.span(1, "met in Bishkek", "chair:host")] }],
  };
}

/** A save request; `hash` doubles as the slug unless one is given. */
export function minsk(hash: string, o: { slug?: string; text?: string; title?: string } = {}): SaveArticleInput {
  const slug = o.slug ?? hash;
  return {
    article: { hash, slug, source: `${slug}.txt`, url: `https://example.org/${hash}`, title: o.title ?? "Council meets in Minsk",
      published: "2021-11-30", outlet: "Test Wire", dateline: "Minsk", text: o.text ?? MINSK.text },
    facts: minskFacts(slug),
    mentions: [
      { kind: "org", start: MINSK.span(1, "CSTO", "m").start, end: MINSK.span(1, "CSTO", "m").end, text: "CSTO", norm: "CSTO" },
      { kind: "place", start: 0, end: 5, text: "MINSK", norm: "Minsk" },
      { kind: "quote", start: MINSK.span(2, "We stand", "m").start, end: MINSK.span(2, "together,", "m").end, text: "We stand together,", norm: null },
    ],
  };
}

export function bishkek(hash: string): SaveArticleInput {
  return {
    article: { hash, slug: hash, source: `${hash}.txt`, url: null, title: null, published: "2019-06-14", outlet: "Other Agency",
      dateline: "Bishkek", text: BISHKEK.text },
    facts: bishkekFacts(hash),
    mentions: [],
  };
}
