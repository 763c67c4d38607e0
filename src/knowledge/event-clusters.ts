import type { EventInput } from "./types.ts";
import { compareRefs } from "./types.ts";
import { eventBlockKeys, eventKey, type EventKey } from "./event-key.ts";
import { sameEvent } from "./event-identity.ts";
import { tieredGroups } from "./tiered.ts";
import type { Precision } from "./dates.ts";

type Level = `${Exclude<Precision, "none">}${"" | "-vague"}`;
// Most precise first; within a precision, mentions naming no body (nor exercise name) come after those that do, so
// that "a CSTO meeting on that day" joins one known session rather than chaining two sessions of the same day.
export const EVENT_LEVELS: Level[] = ["day", "day-vague", "month", "month-vague", "year", "year-vague"];

export function eventLevel(k: EventKey): Level | null {
  if (k.precision === "none") return null;
  return !k.bodies.length && k.name === null ? `${k.precision}-vague` : k.precision;
}

/**
 * Groups event mentions into real events: mentions dated to the day and naming their body by connected components of
 * `sameEvent`, then vaguer mentions joined to the one event they fit (see tiered.ts); undated ones stay alone.
 * Candidates come from blocking keys (kind + org + year). The result depends only on the set of inputs.
 */
export function clusterEvents(inputs: readonly EventInput[]): EventInput[][] {
  const items = [...inputs].sort((a, b) => compareRefs(a.ref, b.ref));
  const groups = tieredGroups({
    keys: items.map((i) => eventKey(i.fact)),
    level: eventLevel,
    levels: EVENT_LEVELS,
    blockKeys: eventBlockKeys,
    same: sameEvent,
  });
  return groups.map((g) => g.map((i) => items[i]!));
}
