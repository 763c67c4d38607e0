import type { EvidenceRow } from "./evidence-row.ts";
import type { Sourced } from "./types.ts";

/** Plain-text renderings shared by the knowledge commands of the CLI. */

export function dateRange(start: string | null, end: string | null): string {
  return end && end !== start ? `${start ?? "?"}..${end}` : (start ?? "?");
}

/** "Astana [a-1, b-3] / Minsk [c-2]": every value with the articles that give it. */
export function sourcedText<T>(values: Sourced<T>[]): string {
  return values.map((v) => `${String(v.value)} [${[...new Set(v.sources.map((s) => s.article))].join(", ")}]`).join(" / ");
}

export function articlesOf(evidence: EvidenceRow[]): string {
  return [...new Set(evidence.map((e) => e.articleSlug))].join(", ");
}
