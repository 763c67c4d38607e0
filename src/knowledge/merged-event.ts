import type { EventKind, EventStatus } from "../extract/types.ts";
import type { FactRef, Sourced } from "./types.ts";

export type ConflictSlot = "date" | "city" | "country" | "chair" | "documents_signed";

export interface Conflict {
  slot: ConflictSlot;
  values: Sourced<string>[];
}

/** One real event with every source and every value the sources give for each slot. */
export interface MergedEvent {
  /** Stable identity: the smallest fact reference of the cluster (article slug + index). */
  key: string;
  kind: EventKind;
  /** "held" as soon as one source reports it held; planned mentions stay attached as sources. */
  status: EventStatus;
  org: string | null;
  name: string | null;
  /** The date to show: the best-supported most precise start, and the latest end a source gives. */
  start: string | null;
  end: string | null;
  city: string | null;
  country: string | null;
  chair: string | null;
  documentsSigned: number | null;
  bodies: Sourced<string>[];
  dates: Sourced<string>[];
  cities: Sourced<string>[];
  countries: Sourced<string>[];
  chairs: Sourced<string>[];
  attendees: Sourced<string>[];
  states: Sourced<string>[];
  documentsCounts: Sourced<number>[];
  documents: Sourced<string>[];
  sources: FactRef[];
  conflicts: Conflict[];
}
