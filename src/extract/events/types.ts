import type { Sentence, Span } from "../../nlp/types.ts";
import type { EventKind, EventStatus, Evidence } from "../types.ts";

/** One sentence's mention of an event, before the mentions of one article are merged into events. */
export interface Mention {
  kind: EventKind;
  status: EventStatus;
  /** Whether the status was stated by a cue (tense, "next", "today") rather than defaulted. */
  statusStated: boolean;
  org: string | null;
  bodies: string[];
  /** The meeting is at the level of heads of state (the organization's summit body). */
  summit: boolean;
  name: string | null;
  start: string | null;
  end: string | null;
  city: string | null;
  country: string | null;
  /** Held by videoconference: no city, no country. */
  remote: boolean;
  /** "the meeting", "the summit": refers back to an event the article already named. */
  anaphoric: boolean;
  /** "next", "previous": names a different event than the one the article is about. */
  other: boolean;
  sentence: Sentence;
  trigger: Span;
  evidence: Evidence;
  /** Evidence of the date, end and place this mention states (slot "start", "end", "city", "country"). */
  slots: Evidence[];
}
