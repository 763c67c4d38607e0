import type { TimelineRow } from "../api.ts";

/** The article store's near-duplicate links (copy → original); absent in stores that do not keep them. */
export interface DuplicateLinks {
  duplicateArticles?(): Promise<{ id: number; duplicateOf?: number | null }[]>;
}

/**
 * Each merged event with the number of independent reports among its sources: a near-duplicate copy (the same wire
 * story under another header) and its original count once. Copies stay sources (the provenance is kept), so the
 * merge itself does not depend on which of the two arrived first.
 */
export async function withIndependentSources<T extends TimelineRow>(rows: T[], links: DuplicateLinks): Promise<T[]> {
  const copies = new Map<number, number>();
  if (links.duplicateArticles) for (const r of await links.duplicateArticles()) if (r.duplicateOf != null) copies.set(r.id, r.duplicateOf);
  return rows.map((row) => {
    const roots = new Set(row.sources.map((s) => (s.articleId === undefined ? `slug:${s.article}` : String(copies.get(s.articleId) ?? s.articleId))));
    return { ...row, independentSources: roots.size };
  });
}
