import { knowledge } from "../data/current.ts";
import { spansCompatible } from "./dates.ts";
import type { EventKey } from "./event-key.ts";

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const overlaps = (a: string[], b: string[]) => a.some((x) => b.includes(x));

/** Bodies agree when equal or overlapping (a joint meeting contains one body's session); unknown bodies agree. */
export function bodiesAgree(a: EventKey, b: EventKey): boolean {
  return !a.bodies.length || !b.bodies.length || overlaps(a.bodies, b.bodies);
}

const agree = (x: string | null, y: string | null) => x === null || y === null || x === y;

/**
 * Whether two event mentions can be the same real event. Dates must be compatible (prefix or span containment);
 * one day of slack (data/identity.json) only when the bodies are identical, because neighbouring days of one summit are often distinct
 * sessions of different bodies. A planned mention may be the held event. Undated mentions never match: nothing ties
 * them to one occurrence of a body that meets every year.
 */
export function sameEvent(a: EventKey, b: EventKey): boolean {
  if (a.kind !== b.kind || a.org !== b.org) return false;
  if (a.name !== null && b.name !== null && a.name !== b.name) return false;
  if (!bodiesAgree(a, b)) return false;
  if (!agree(a.city, b.city) || !agree(a.country, b.country)) return false;
  const identical = (a.bodies.length > 0 && sameSet(a.bodies, b.bodies)) || (a.name !== null && a.name === b.name);
  const t = knowledge().sameEvent;
  return spansCompatible(a.span, b.span, identical ? t.toleranceDaysSameBodies : t.toleranceDaysOtherwise);
}
