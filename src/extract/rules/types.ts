/** One example a rule must get right: a text written by us, what the rule must yield and must not yield. */
export interface RuleExample {
  text: string;
  /** The article's date, when the example needs one to resolve dates. */
  published?: string;
  /** Values this rule must produce (each contained in the value of one of its firings). */
  yields: string[];
  /** Values this rule must not produce. */
  not?: string[];
}

export type RuleFamily =
  | "event" | "date" | "place" | "chair" | "attendee" | "state" | "document" | "count"
  | "person" | "role" | "quote" | "speaker" | "chairmanship" | "era";

/**
 * A named extraction rule: the id every fact or value it produces carries in its evidence, what it reads, and its
 * own examples. The matching code lives with its family (src/extract/**); this declaration is what lists, tests and
 * scores it.
 */
export interface RuleSpec {
  id: string;
  family: RuleFamily;
  summary: string;
  examples: RuleExample[];
}

/** One use of a rule in an article's facts: the value it produced and the fact it belongs to. */
export interface Firing {
  rule: string;
  family: string;
  value: string;
  section: "events" | "people" | "roles" | "quotes" | "chairmanships";
  /** Index of the fact in its section (for roles: of the person). */
  index: number;
  slot?: string;
  /** For roles: which of the person's roles. */
  role?: number;
}
