import type { Span } from "../nlp/types.ts";

/** Where a fact comes from: the span that states it, its sentence, and the rule that produced it. */
export interface Evidence extends Span {
  sentence: Span;
  rule: string;
  /** For the evidence of one value of a fact: the slot it fills ("chair", "attendee", "start") and the value. */
  slot?: string;
  value?: string;
}

export type EventKind = "meeting" | "exercise";
export type EventStatus = "held" | "planned";

/** One event as one article reports it (see ../shared/eval/SCHEMA.md); `evidence` is our addition. */
export interface EventFact {
  kind: EventKind;
  status: EventStatus;
  org: string | null;
  bodies: string[];
  name: string | null;
  start: string | null;
  end: string | null;
  city: string | null;
  country: string | null;
  chair: string | null;
  attendees: string[];
  states: string[];
  documents_signed: number | null;
  documents: string[];
  evidence: Evidence[];
}

export interface RoleFact {
  title: string;
  of: string | null;
  /** "acting" holders are flagged so offices over time can tell them apart. */
  acting?: boolean;
  evidence?: Evidence[];
}

export interface PersonFact {
  name: string;
  roles: RoleFact[];
  /** Every form the article uses for this person ("N. Yermekbayev", "Yermekbayev"). */
  aliases?: string[];
  evidence: Evidence[];
}

export interface QuoteFact {
  speaker: string;
  /** Opening words of the quote (up to about 80 characters), no quotation marks. */
  text: string;
  /** The whole quoted passage. */
  full?: string;
  evidence: Evidence[];
}

export interface ChairmanshipFact {
  org: string;
  state: string;
  start: string | null;
  end: string | null;
  evidence: Evidence[];
}

/** What one article yields: the SCHEMA.md object, each fact with its evidence. */
export interface ArticleFacts {
  id: string;
  published: string | null;
  outlet: string | null;
  dateline: string | null;
  events: EventFact[];
  people: PersonFact[];
  quotes: QuoteFact[];
  chairmanships: ChairmanshipFact[];
}
