import type { EvidenceRow } from "../evidence-row.ts";
import type { MergedEvent } from "../merged-event.ts";
import type { Identity } from "../person-identities.ts";
import type { TimelineRow } from "../api.ts";

/** What the store keeps per merged group: the merged object and the evidence rows of each member, by refKey. */
export type EventGroup = MergedEvent & { evidence: Record<string, EvidenceRow[]> };
export type PersonGroup = Identity & { evidence: Record<string, EvidenceRow[]> };

export function timelineRow(g: EventGroup, topics: string[]): TimelineRow {
  const { evidence, ...merged } = g;
  return { ...merged, topics, evidence: merged.sources.flatMap((s) => evidence[`${s.article}#${s.index}`] ?? []) };
}

/** A short readable name of an event: its name or bodies, organization and place. */
export function eventLabel(e: MergedEvent): string {
  const what = e.name ?? (e.bodies.map((b) => b.value).join(" + ") || e.kind);
  return [e.org, what].filter(Boolean).join(" ") + (e.city ? `, ${e.city}` : "");
}
