import type { RuleSpec } from "../types.ts";
import { CHAIRMANSHIP_RULES, ERA_RULES } from "./chairmanships.ts";
import { EVENT_RULES } from "./events.ts";
import { PARTICIPANT_RULES } from "./participants.ts";
import { PEOPLE_RULES, QUOTE_RULES } from "./people.ts";
import { SLOT_RULES } from "./slots.ts";

/** Every extraction rule, by family. */
export const RULES: readonly RuleSpec[] = [
  ...EVENT_RULES, ...SLOT_RULES, ...PARTICIPANT_RULES, ...PEOPLE_RULES, ...QUOTE_RULES, ...CHAIRMANSHIP_RULES, ...ERA_RULES,
];

export const ruleById = (id: string): RuleSpec | undefined => RULES.find((r) => r.id === id);
