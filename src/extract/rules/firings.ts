import type { ArticleFacts, EventFact } from "../types.ts";
import type { Firing } from "./types.ts";

export const eventLabel = (e: EventFact): string => [e.kind, e.status, e.org ?? "-", e.bodies.join("+") || "-", e.start ?? "-", e.city ?? "-"].join(" ");

/** Every rule use in an article's facts, with the value it produced: the input of rule tests and rule scoring. */
export function firingsOf(facts: ArticleFacts): Firing[] {
  const out: Firing[] = [];
  const fire = (rule: string, value: string, section: Firing["section"], index: number, slot?: string, role?: number) =>
    out.push({ rule, family: rule.split(":")[0]!, value, section, index, ...(slot ? { slot } : {}), ...(role !== undefined ? { role } : {}) });
  facts.events.forEach((e, i) => {
    for (const ev of e.evidence) fire(ev.rule, ev.slot ? (ev.value ?? "") : eventLabel(e), "events", i, ev.slot);
  });
  facts.people.forEach((p, i) => {
    for (const ev of p.evidence) fire(ev.rule, p.name, "people", i);
    p.roles.forEach((r, j) => {
      for (const ev of r.evidence ?? []) fire(ev.rule, `${p.name}: ${r.title}${r.of ? ` of ${r.of}` : ""}`, "roles", i, undefined, j);
    });
  });
  facts.quotes.forEach((q, i) => {
    for (const ev of q.evidence) fire(ev.rule, ev.slot ? (ev.value ?? "") : `${q.speaker}: ${q.text}`, "quotes", i, ev.slot);
  });
  facts.chairmanships.forEach((c, i) => {
    for (const ev of c.evidence) fire(ev.rule, `${c.org} ${c.state} ${c.start ?? "?"} ${c.end ?? "?"}`, "chairmanships", i);
  });
  return out;
}
