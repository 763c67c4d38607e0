import type { EventStatus } from "../types.ts";
import { matchesOf } from "../../nlp/match-all.ts";

// Headline infinitives ("Joint exercises to begin in Belarus", "Leaders to meet in Astana") announce what is to come.
const PLANNED = /\b(?:to (?:begin|start|open|kick off|be held|take place|meet|gather|convene|hold|host|attend|take part|participate|join)|will|shall|is to be|are to be|to be held|to take place|is expected|are expected|expected to|scheduled|upcoming|forthcoming|next|plans? to|planned|is set to|are set to|would be held|is due|are due|coming|preparations? for|prepare for|ahead of)\b/gi;
const HELD = /\b(?:was held|were held|took place|has taken place|have taken place|met|gathered|(?:was|were) attended|attended|hosted|held|today|commences|commenced|began|begins|kicked off|opened|is taking place|are taking place|are meeting|is meeting|concluded|wrapped up|ended|completed|following|after|at the end of|previous|last|earlier|adopted|approved|signed|participated|took part|was chaired|presided|(?:said|stated|noted|spoke|speaking|told reporters|told journalists)\s+(?:at|during)|addressing|addressed)\b/gi;
// "next"/"previous" set the event apart from the one the article is about.
const OTHER = /\b(?:next|previous|last|upcoming|forthcoming|preceding|former)\b/i;

export interface StatusReading {
  status: EventStatus;
  stated: boolean;
  other: boolean;
}

/** Held or planned, from the cue nearest to the trigger within a window of the sentence. */
export function statusNear(text: string, at: { start: number; end: number }): StatusReading {
  const lo = Math.max(0, at.start - 90);
  const hi = Math.min(text.length, at.end + 90);
  let best: { status: EventStatus; dist: number } | null = null;
  for (const [re, status] of [[PLANNED, "planned"], [HELD, "held"]] as const) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, text.slice(lo, hi))) {
      const s = lo + m.index;
      const e = s + m[0].length;
      // Cues inside the trigger itself ("meet" as a trigger) do not count; ones after it weigh a little more.
      if (s >= at.start && e <= at.end) continue;
      const dist = e <= at.start ? at.start - e : s - at.end + 5;
      if (!best || dist < best.dist) best = { status, dist };
    }
  }
  const near = text.slice(Math.max(0, at.start - 40), at.end);
  return { status: best?.status ?? "held", stated: best !== null, other: OTHER.test(near) };
}

/** A date after the article's own date makes an unmarked event planned; before it, held. */
export function statusByDate(date: string | null, refDate: string | null): EventStatus | null {
  if (!date || !refDate) return null;
  const n = Math.min(date.length, refDate.length);
  const a = date.slice(0, n);
  const b = refDate.slice(0, n);
  return a > b ? "planned" : a < b ? "held" : null;
}
